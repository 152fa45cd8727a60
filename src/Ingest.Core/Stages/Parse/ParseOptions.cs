namespace Ingest.Core.Stages.Parse;

/// <summary>Options of the parse stage, bound from pipeline.json.</summary>
public sealed record ParseOptions
{
    /// <summary>Plain-text lines up to this many characters may be headings.</summary>
    public int MaxHeadingLength { get; init; } = 120;

    /// <summary>Plain-text lines up to this many words may be headings.</summary>
    public int MaxHeadingWords { get; init; } = 16;

    /// <summary>Lines up to this many words may stand alone as headings without longer body text after them.</summary>
    public int MaxShortLineWords { get; init; } = 6;

    /// <summary>
    /// These options with every omitted (zero) value set to its default: the source-generated JSON binding leaves
    /// init-only properties missing from pipeline.json at zero instead of running their initializers.
    /// </summary>
    public ParseOptions WithDefaults()
    {
        var defaults = new ParseOptions();
        return this with
        {
            MaxHeadingLength = MaxHeadingLength > 0 ? MaxHeadingLength : defaults.MaxHeadingLength,
            MaxHeadingWords = MaxHeadingWords > 0 ? MaxHeadingWords : defaults.MaxHeadingWords,
            MaxShortLineWords = MaxShortLineWords > 0 ? MaxShortLineWords : defaults.MaxShortLineWords,
        };
    }
}
