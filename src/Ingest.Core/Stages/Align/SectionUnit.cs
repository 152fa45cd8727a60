using Ingest.Core.Model;

namespace Ingest.Core.Stages.Align;

/// <summary>What the aligner aligns: one body section, or a heading without text of its own together with what
/// follows it; with its anchors, its share of the document's length, where it starts and ends in the document (as
/// shares of the length), and the level and printed number of its first section.</summary>
public sealed record SectionUnit(
    IReadOnlyList<Section> Sections,
    IReadOnlySet<string> Anchors,
    double Length,
    double Start,
    double End,
    int Level,
    string? Number,
    double Letters)
{
    public Section Section => Sections[0];
}
