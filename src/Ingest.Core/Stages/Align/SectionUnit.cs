using Ingest.Core.Model;

namespace Ingest.Core.Stages.Align;

/// <summary>What the aligner knows of one body section: its anchors, its share of the document's length, where it
/// starts and ends in the document (as shares of the length), its level and printed number.</summary>
public sealed record SectionUnit(
    Section Section,
    IReadOnlySet<string> Anchors,
    double Length,
    double Start,
    double End,
    int Level,
    string? Number);
