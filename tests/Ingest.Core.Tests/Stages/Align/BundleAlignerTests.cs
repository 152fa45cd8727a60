using Ingest.Core.Stages.Align;
using NUnit.Framework;
using static Ingest.Core.Tests.Stages.Align.AlignFixtures;

namespace Ingest.Core.Tests.Stages.Align;

public sealed class BundleAlignerTests
{
    private static readonly string[][] Anchors =
    [
        ["Anna Kowalska", "2019"], ["Jobteam Gent", "1.500"], ["Refu Interim", "2016"], ["Project Ankerkracht", "41"], ["Daniel Termont", "2023"],
    ];

    private static Core.Model.Document Version(string id, string language, params int[] parts) =>
        Document(id, language, [.. parts.Select(p => Section($"{id}-{p}", $"{language} title {p}", Text(60 + (p * 40), language, Anchors[p])))]);

    private static AlignedDocument Units(string id, IEnumerable<int> anchorNumbers)
    {
        var section = AlignFixtures.Section(id + "-s", "Title", "Some text of the section.");
        var units = anchorNumbers.Select(k => new SectionUnit([section], new HashSet<string> { "name:n" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            1, 0, 1, 1, null, 20)).ToList();
        return new AlignedDocument(AlignFixtures.Document(id, "en", section), units);
    }

    [Test]
    public void PivotWindow_IsTheWholePivot_ForAPairOfOrdinarySize()
    {
        Assert.That(BundleAligner.PivotWindow(Units("p", Enumerable.Range(0, 200)), Units("o", Enumerable.Range(50, 150))), Is.EqualTo((0, 200)));
    }

    [Test]
    public void PivotWindow_CoversTheExcerpt_OfAnAllInOnePivot()
    {
        // A page of 200 sections that is sections 2500-2699 of a manual of 4000.
        var (from, count) = BundleAligner.PivotWindow(Units("p", Enumerable.Range(0, 4000)), Units("o", Enumerable.Range(2500, 200)));

        Assert.That(count, Is.LessThan(4000));
        Assert.That(from, Is.LessThanOrEqualTo(2500));
        Assert.That(from + count, Is.GreaterThanOrEqualTo(2700));
    }

    [Test]
    public void Align_MakesThreeWayAlignments_ThroughThePivot()
    {
        var result = new BundleAligner(new AlignOptions()).Align([Version("de", "de", 0, 1, 2, 3, 4), Version("en", "en", 0, 1, 2, 3, 4), Version("pl", "pl", 0, 1, 2, 3, 4)]);

        Assert.That(result.Alignments.Select(Members), Is.EqualTo(Enumerable.Range(0, 5).Select(p => new[] { $"de-{p}", $"en-{p}", $"pl-{p}" }).ToArray()));
        Assert.That(result.Alignments.All(a => a.Confidence is > 0.5 and <= 1 && a.Evidence.Length > 0), Is.True);
        Assert.That(result.Missing, Is.Empty);
    }

    [Test]
    public void Align_LeavesSectionWithoutCounterpartOut_AndReportsIt()
    {
        var result = new BundleAligner(new AlignOptions()).Align([Version("de", "de", 0, 1, 2, 3, 4), Version("en", "en", 0, 1, 3, 4)]);

        Assert.That(result.Alignments.SelectMany(Members), Does.Not.Contain("de-2"));
        Assert.That(result.Alignments, Has.Length.EqualTo(4));
        Assert.That(result.Missing.Select(m => (m.Owner.Id, m.Section?.Id, m.LackingIn.Single().Id)), Is.EqualTo(new[] { ("de", (string?)"de-2", "en") }));
    }

    [Test]
    public void Align_PutsEachSectionInAtMostOneAlignment()
    {
        var result = new BundleAligner(new AlignOptions()).Align([Version("de", "de", 0, 1, 2, 3, 4), Version("en", "en", 0, 2, 4), Version("pl", "pl", 1, 2, 3)]);

        var members = result.Alignments.SelectMany(Members).ToList();
        Assert.That(members, Is.Unique);
    }

    [Test]
    public void Align_ReportsSummaryOnce_InsteadOfEverySection()
    {
        var result = new BundleAligner(new AlignOptions()).Align([Version("de", "de", 0, 1, 2, 3, 4), Version("en", "en", 0, 1, 2)]);

        Assert.That(result.Missing.Select(m => m.Owner.Id + ":" + (m.Section?.Id ?? "whole")).ToArray(), Is.EqualTo(new[] { "de:whole" }));
    }
}
