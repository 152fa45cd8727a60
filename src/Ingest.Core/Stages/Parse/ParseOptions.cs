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
}
