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
        var candidates = body.Select((s, i) => IsNavigation(s, body.Skip(i + 1).ToList())).ToList();
        // Contents lines come in runs; a lone bare heading that recurs ("Key takeaways" over every box) is content.
        var navigation = body.Where((s, i) => candidates[i] && (!IsBare(s)
            || (i > 0 && candidates[i - 1]) || (i + 1 < body.Count && candidates[i + 1]))).ToHashSet();
        return Of([.. body.Where(s => !navigation.Contains(s))]);
    }

    /// <summary>A table of contents the sections stage left in the body: a bare heading whose title or number comes
    /// again further on (one line of it), or a section whose text lines are mostly the titles of later sections.</summary>
    private static bool IsNavigation(Section section, List<Section> later)
    {
        if (IsBare(section))
        {
            return later.Any(l => SameHeading(section, l) || (section.Number is { } n && l.Number == n && l.Level == section.Level));
        }
        var titles = later.Select(l => Normalize(l.Title)).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var lines = section.Text.Split('\n').Select(Normalize).Where(l => l.Length > 0).ToList();
        return lines.Count >= 3 && lines.Count(titles.Contains) >= 0.6 * lines.Count;
    }

    /// <summary>Heading text without leading numbering, markup or case, for comparing a contents line with its heading.</summary>
    private static string Normalize(string text) =>
        text.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ', '*', '#', '-', '•').Trim(' ', '*').ToLowerInvariant();

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
