namespace Ingest.Core.Stages.Parse;

/// <summary>Options of the parse stage, bound from pipeline.json.</summary>
public sealed record ParseOptions
{
    /// <summary>Plain-text lines up to this many characters may be headings.</summary>
    public int MaxHeadingLength { get; init; } = 120;
}
