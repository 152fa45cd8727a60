namespace Ingest.Core.Stages.Sections;

/// <summary>Options of the sections stage, bound from pipeline.json.</summary>
public sealed record SectionsOptions
{
    /// <summary>Deepest level kept; deeper headings nest at this level.</summary>
    public int MaxLevel { get; init; } = 6;

    /// <summary>Fewest lines that reappear later as headings for a run of lines to count as a table of contents.</summary>
    public int MinTocEntries { get; init; } = 3;
}
