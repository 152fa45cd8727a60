namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>What came just before, for the penalties that need context: case breaks, script mixes, symbols inside words.</summary>
internal struct LetterState
{
    private Script _script;
    private Script _lastWordScript;
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
        if (Separate(_script) && Separate(script) && script != _script)
        {
            penalty += SymbolStream.ScriptMixLogP;
        }
        else if (_script == Script.None && Separate(_lastWordScript) && Separate(script) && script != _lastWordScript)
        {
            // Words may change script (a Latin name in Russian text), but a decoding that does so word after word is suspect.
            penalty += SymbolStream.WordScriptSwitchLogP;
        }
        (_script, _lower, _gapAfterLetter) = (script, isLower, false);
        _lastWordScript = script;
    }

    /// <summary>A non-ASCII mark that is not a letter; <paramref name="joins"/> for apostrophes and hyphens, which belong inside words.</summary>
    public void Gap(bool joins)
    {
        _gapAfterLetter = _script != Script.None && !joins;
        (_script, _lower) = (Script.None, false);
    }

    public void Other() => (_script, _lower, _gapAfterLetter) = (Script.None, false, false);

    private static bool Separate(Script script) => script is not Script.None and not Script.Other;
}
