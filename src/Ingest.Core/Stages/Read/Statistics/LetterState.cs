namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>What came just before, for the penalties that need context: case breaks, script mixes, symbols inside words.</summary>
internal struct LetterState
{
    private Script _script;
    private bool _lower;
    private bool _gapAfterLetter;

    public void Letter(Script script, bool isLower, bool isUpper, ref double penalty)
    {
        if (_gapAfterLetter)
        {
            penalty += SymbolStream.GapLogP;
        }
        if (isUpper && _lower)
        {
            penalty += SymbolStream.CaseLogP;
        }
        if (_script is not Script.None and not Script.Other && script is not Script.Other && script != _script)
        {
            penalty += SymbolStream.ScriptMixLogP;
        }
        (_script, _lower, _gapAfterLetter) = (script, isLower, false);
    }

    /// <summary>A non-ASCII mark that is not a letter; <paramref name="joins"/> for apostrophes and hyphens, which belong inside words.</summary>
    public void Gap(bool joins)
    {
        _gapAfterLetter = _script != Script.None && !joins;
        (_script, _lower) = (Script.None, false);
    }

    public void Other() => (_script, _lower, _gapAfterLetter) = (Script.None, false, false);
}
