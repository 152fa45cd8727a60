using Ingest.Core.Model;

namespace Ingest.Core.Stages.Align;

/// <summary>Splits an alignment whose every member starts with bare headings followed by content into an alignment
/// of the headings and one of the content ("2 Lokaler Hintergrund" + "Fokus auf soziale Rechte" against "2 Local
/// background" + "2.1 Priority areas" + "Focus on social rights").</summary>
/// <remarks>Only when the headings' printed numbers do not contradict each other: numbers are weak evidence for
/// content, but enough to tell a chapter heading from a table-of-contents line.</remarks>
internal static class HeadingSplit
{
    public static IEnumerable<List<(int Doc, int Index, Section Section, string DocumentId)>> Split(
        List<(int Doc, int Index, Section Section, string DocumentId)> members)
    {
        var byDocument = members.GroupBy(m => m.Doc).ToList();
        var canSplit = byDocument.All(g =>
        {
            var bare = g.TakeWhile(m => SectionUnits.IsBare(m.Section)).Count();
            return bare > 0 && bare < g.Count();
        });
        var numbers = byDocument.Select(g => g.First().Section.Number?.TrimEnd('.')).Where(n => n is not null).Distinct().Count();
        if (!canSplit || numbers > 1)
        {
            yield return members;
            yield break;
        }
        yield return [.. byDocument.SelectMany(g => g.TakeWhile(m => SectionUnits.IsBare(m.Section)))];
        yield return [.. byDocument.SelectMany(g => g.SkipWhile(m => SectionUnits.IsBare(m.Section)))];
    }
}
