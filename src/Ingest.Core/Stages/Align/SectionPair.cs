namespace Ingest.Core.Stages.Align;

/// <summary>A section of the pivot document matched with a section of another document, with the score and why.</summary>
public sealed record SectionPair(int Pivot, int Other, double Score, IReadOnlyList<string> SharedAnchors);
