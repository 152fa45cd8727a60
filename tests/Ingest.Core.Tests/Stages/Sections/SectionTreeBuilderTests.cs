using Ingest.Core.Model;
using Ingest.Core.Stages.Sections;
using static Ingest.Core.Tests.Stages.Sections.BlockDocument;

namespace Ingest.Core.Tests.Stages.Sections;

[TestFixture]
public sealed class SectionTreeBuilderTests
{
    private static readonly SectionTreeBuilder Builder = new(new SectionsOptions());

    private static string ParentOf(SectionTree tree, string title)
    {
        var section = tree.Sections.Single(s => s.Title == title);
        return tree.Sections.FirstOrDefault(s => s.Id == section.Parent) is { } parent ? parent.Number ?? parent.Title : "-";
    }

    [Test]
    public void Build_NestsByNumbers_WhenMarkupLevelsDisagree()
    {
        var tree = Builder.Build(Of(
            H("Approaches", 1, "3"), P("Intro to the approaches."),
            H("Taskforce", 3, "3.1"), P("Body."),
            H("Beyond the rules", 3), P("Body."),
            H("Jobteam", 2, "3.2"), P("Body.")));

        Assert.That(ParentOf(tree, "Taskforce"), Is.EqualTo("3"));
        Assert.That(ParentOf(tree, "Jobteam"), Is.EqualTo("3"));
        Assert.That(ParentOf(tree, "Beyond the rules"), Is.EqualTo("3.1"));
        Assert.That(tree.Findings, Is.Empty);
    }

    [Test]
    public void Build_ReportsDuplicateNumberAndGap_AndKeepsParents()
    {
        var tree = Builder.Build(Of(
            H("Approaches", 0, "3"), P("Body."), H("Taskforce", 0, "3.1"), P("Body."),
            H("Jobteam", 0, "3.3"), P("Body."), H("Refu Interim", 0, "3.3"), P("Body.")));

        Assert.That(tree.Findings.Select(f => f.Rule.Code), Is.EquivalentTo(new[] { "ING501", "ING502" }));
        Assert.That(ParentOf(tree, "Refu Interim"), Is.EqualTo("3"));
    }

    [Test]
    public void Build_MakesOneTocSection_AndNoBodySectionsFromItsEntries()
    {
        var tree = Builder.Build(Of(
            H("Report title"), P("Subtitle of the report."),
            H("Contents"), P("1. Summary"), P("2. Context"), P("3. Approaches"), P("3.1 Jobteam"),
            H("Summary", 0, "1"), P("Body."), H("Context", 0, "2"), P("Body."),
            H("Approaches", 0, "3"), P("Body."), H("Jobteam", 0, "3.2"), P("Body.")));

        Assert.That(tree.Sections.Select(s => s.Kind), Is.EqualTo(new[]
        {
            SectionKind.Front, SectionKind.Toc, SectionKind.Body, SectionKind.Body, SectionKind.Body, SectionKind.Body,
        }));
        Assert.That(tree.Findings.Select(f => f.Rule.Code), Is.EquivalentTo(new[] { "ING502", "ING504" }));
    }

    [Test]
    public void Build_ReportsTocEntryMissingFromBody()
    {
        var tree = Builder.Build(Of(
            H("Contents"), P("1. Summary"), P("2. Context"), P("3. Approaches"), P("4. Outlook"),
            H("Summary", 0, "1"), P("Body."), H("Context", 0, "2"), P("Body."), H("Approaches", 0, "3"), P("Body.")));

        Assert.That(tree.Findings.Select(f => f.Rule.Code), Is.EqualTo(new[] { "ING503" }));
    }

    [Test]
    public void Build_KeepsTocWhoseLastEntriesAreMissing_AndReportsEach()
    {
        var tree = Builder.Build(Of(
            H("Contents"), P("1. Summary"), P("2. Context"), P("3. Approaches"), P("3.1 Taskforce"), P("3.2 Jobteam"), P("4. Outlook"), P("5. Update"),
            H("Summary", 0, "1"), P("Body."), H("Context", 0, "2"), P("Body."), H("Approaches", 0, "3"), P("Body.")));

        Assert.That(tree.Sections.Count(s => s.Kind == SectionKind.Toc), Is.EqualTo(1));
        Assert.That(tree.Findings.Count(f => f.Rule.Code == "ING503"), Is.EqualTo(4));
    }

    [Test]
    public void Build_FindsNoToc_WhenLinesDoNotReappear()
    {
        var tree = Builder.Build(Of(P("Lead text of the page."), H("News"), P("Item one"), P("Item two"), P("Item three"), H("Contact"), P("Mail us.")));

        Assert.That(tree.Sections.Any(s => s.Kind == SectionKind.Toc), Is.False);
    }

    [Test]
    public void Build_ReportsEmptyHeading_ButNotHeadingWithSubsections()
    {
        var tree = Builder.Build(Of(H("Lead"), P("Text."), H("Chapter", 1), H("Part", 2), P("Text."), H("Networks", 1)));

        Assert.That(tree.Findings.Select(f => (f.Rule.Code, tree.Sections[f.SectionIndex].Title)), Is.EqualTo(new[] { ("ING505", "Networks") }));
    }

    [Test]
    public void Build_ReportsLevelJump_AndNestsOneLevelDown()
    {
        var tree = Builder.Build(Of(P("Lead."), H("Chapter", 1), P("Text."), H("Detail", 4), P("Text.")));

        var detail = tree.Sections.Single(s => s.Title == "Detail");
        Assert.That(detail.Level, Is.EqualTo(2));
        Assert.That(tree.Findings.Select(f => f.Rule.Code), Is.EqualTo(new[] { "ING506" }));
    }

    [Test]
    public void Build_PutsDownloadSectionAtTheEnd_InBackMatter()
    {
        var tree = Builder.Build(Of(P("Lead."), H("What is special?"), P("Long text."), H("Pobierz pełny raport"), P("Raport zawiera więcej informacji.")));

        Assert.That(tree.Sections[^1].Kind, Is.EqualTo(SectionKind.Back));
    }

    [Test]
    public void Build_KeepsSectionTextToItsOwnBody()
    {
        var tree = Builder.Build(Of(H("One", 1, "1"), P("Own text."), H("Sub", 2, "1.1"), P("Child text.")));

        Assert.That(tree.Sections[0].Text, Is.EqualTo("Own text."));
    }
}
