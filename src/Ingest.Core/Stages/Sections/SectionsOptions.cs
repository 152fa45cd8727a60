namespace Ingest.Core.Stages.Sections;

/// <summary>Options of the sections stage, bound from pipeline.json.</summary>
public sealed record SectionsOptions
{
    /// <summary>Deepest level kept; deeper headings nest at this level.</summary>
    public int MaxLevel { get; init; } = 6;
}
