using Ingest.Core.Model;
using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>Builds the <see cref="SectionUnit"/>s of a document: its body sections in reading order.</summary>
/// <remarks>Front matter, tables of contents, back matter and boilerplate carry no content to align.</remarks>
public static class SectionUnits
{
    public static IReadOnlyList<SectionUnit> Of(Document document) =>
        Of(document.Sections.Where(s => s.Kind == SectionKind.Body).ToList());

    public static IReadOnlyList<SectionUnit> Of(IReadOnlyList<Section> sections)
    {
        // A heading alone still has a length, so that an empty section sits somewhere and can be merged.
        var lengths = sections.Select(s => ContentLength.Of(s.Title) + ContentLength.Of(s.Text) + 1).ToList();
        var total = lengths.Sum();
        var units = new List<SectionUnit>(sections.Count);
        double before = 0;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var anchors = AnchorExtractor.ExtractTitle(section.Title);
            anchors.UnionWith(AnchorExtractor.Extract(section.Text));
            units.Add(new SectionUnit(section, anchors, lengths[i] / total, before / total, (before + lengths[i]) / total,
                section.Level, section.Number));
            before += lengths[i];
        }
        return units;
    }
}
