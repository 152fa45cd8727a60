using Ingest.Core.Model;
using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>Builds the <see cref="SectionUnit"/>s of a document from its body sections in reading order.</summary>
/// <remarks>Front matter, tables of contents, back matter and boilerplate carry no content to align. A heading with
/// no text of its own is kept with the section after it when that one is deeper (its first child: the heading's
/// content is what follows, and one version often has a bare heading where the other has text right under it), or
/// when both are numbered at the same level (a run of numbered headings, as in a table of contents).</remarks>
public static class SectionUnits
{
    public static IReadOnlyList<SectionUnit> Of(Document document)
    {
        var body = document.Sections.Where(s => s.Kind == SectionKind.Body).ToList();
        // A bare heading whose title comes again further on is a line of a table of contents, not content.
        var navigation = body.Where((s, i) => IsBare(s) && body.Skip(i + 1).Any(later => SameHeading(s, later))).ToHashSet();
        return Of([.. body.Where(s => !navigation.Contains(s))]);
    }

    public static IReadOnlyList<SectionUnit> Of(IReadOnlyList<Section> sections)
    {
        var groups = new List<List<Section>>();
        List<Section>? open = null;
        foreach (var section in sections)
        {
            var joins = open is not null && IsBare(open[^1])
                && (section.Level > open[^1].Level || (section.Level == open[^1].Level && open[^1].Number is not null && section.Number is not null));
            if (!joins)
            {
                open = [];
                groups.Add(open);
            }
            open!.Add(section);
        }
        // A heading alone still has a length, so that an empty section sits somewhere and can be merged.
        var lengths = groups.Select(g => g.Sum(s => ContentLength.Of(s.Title) + ContentLength.Of(s.Text) + 1)).ToList();
        var total = Math.Max(1, lengths.Sum());
        var units = new List<SectionUnit>(groups.Count);
        double before = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var section in groups[i])
            {
                anchors.UnionWith(AnchorExtractor.ExtractTitle(section.Title));
                anchors.UnionWith(AnchorExtractor.Extract(section.Text));
            }
            units.Add(new SectionUnit(groups[i], anchors, lengths[i] / total, before / total, (before + lengths[i]) / total,
                groups[i][0].Level, groups[i].Select(s => s.Number).FirstOrDefault(n => n is not null), lengths[i]));
            before += lengths[i];
        }
        return units;
    }

    private static bool SameHeading(Section a, Section b) =>
        a.Title.Length > 0 && string.Equals(a.Title.Trim(), b.Title.Trim(), StringComparison.OrdinalIgnoreCase)
        && (a.Number ?? string.Empty).TrimEnd('.') == (b.Number ?? string.Empty).TrimEnd('.');

    /// <summary>A heading with no text of its own.</summary>
    public static bool IsBare(Section section) => section.Text.Trim().Length == 0;
}
