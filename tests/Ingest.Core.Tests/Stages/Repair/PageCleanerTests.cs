using Ingest.Core.Model;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Tests.TestSupport;
using Ingest.Pdf.Layout;

namespace Ingest.Core.Tests.Stages.Repair;

/// <summary>Page furniture removed and recorded; paragraphs cut by page, column or pull-quote breaks joined.</summary>
public sealed class PageCleanerTests
{
    private static Document Repair(Document document) => new RepairStage(new RepairOptions()).Run(document, TestDocuments.Context());

    private static Document TwoPages(string endOfFirst, string startOfSecond, double secondSize = 10) => new PdfPages()
        .Page().Block("Annual report 2023", role: PdfBlockRole.RunningHeader, reason: "same text at the top of 2 of 2 pages")
        .Block("The city supports the projects of its civil society and\n" + endOfFirst)
        .Block("1", role: PdfBlockRole.PageNumber, reason: "a number counting up at the foot of every page")
        .Page().Block("Annual report 2023", role: PdfBlockRole.RunningHeader, reason: "same text at the top of 2 of 2 pages")
        .Block(startOfSecond, size: secondSize)
        .Block("2", role: PdfBlockRole.PageNumber)
        .Document();

    [Test]
    public void Furniture_IsRemoved_AndRecordedWithPageAndReason()
    {
        var document = TwoPages("works with them closely.", "Second page starts a new paragraph.");
        var repaired = Repair(document);
        Assert.That(repaired.Text, Does.Not.Contain("Annual report"));
        Assert.That(repaired.Text, Is.EqualTo("The city supports the projects of its civil society and\nworks with them closely.\n\nSecond page starts a new paragraph."));
        var furniture = repaired.Repairs.Where(r => r.Kind == PageCleaner.FurnitureKind).ToList();
        Assert.That(furniture, Has.Count.EqualTo(4));
        Assert.That(furniture.Select(r => document.Text[r.Span.Start..r.Span.End]), Is.EqualTo(new[] { "Annual report 2023", "1", "Annual report 2023", "2" }));
        Assert.That(furniture[0].Detail, Does.Contain("running header").And.Contain("page 1").And.Contain("same text at the top"));
        Assert.That(furniture[1].Detail, Does.Contain("page number"));
    }

    [Test]
    public void ParagraphCutByPageBreak_IsOneParagraph_EvenWhenTheNextPageStartsInUpperCase()
    {
        var repaired = Repair(TwoPages("works with the", "Organisations of the city on every project."));
        Assert.That(repaired.Text, Is.EqualTo("The city supports the projects of its civil society and\nworks with the\nOrganisations of the city on every project."));
        var join = repaired.Repairs.Single(r => r.Kind == BreakJoiner.ParagraphKind);
        Assert.That(join.Detail, Does.Contain("page 1 to 2"));
    }

    [Test]
    public void HyphenAtThePageEnd_IsJoinedWithTheWordOnTheNextPage()
    {
        var repaired = Repair(TwoPages("works with organi-", "sations of the city on every project."));
        Assert.That(repaired.Text, Does.Contain("works with organisations of the city"));
        Assert.That(repaired.Repairs.Select(r => r.Kind), Has.Member(BreakJoiner.ParagraphKind).And.Member(BreakJoiner.HyphenKind));
    }

    [Test]
    public void FinishedSentence_OrHeadingOnTheNextPage_IsNotJoined()
    {
        Assert.That(Repair(TwoPages("works with them closely.", "and then more.")).Text, Does.Contain("closely.\n\nand then more."));
        Assert.That(Repair(TwoPages("works with the", "Next Heading", secondSize: 16)).Text, Does.Contain("with the\n\nNext Heading"));
    }

    [Test]
    public void PullQuoteBetweenTheHalvesOfAParagraph_IsRemoved_AndTheHalvesJoined()
    {
        var document = new PdfPages().Page()
            .Block("Cooperation between the city and civil society grew over\nthe years and")
            .Block("“Cooperation grew over the years”", size: 16, role: PdfBlockRole.DuplicateQuote, reason: "repeats body text")
            .Block("reached every part of the city.")
            .Document();
        var repaired = Repair(document);
        Assert.That(repaired.Text, Is.EqualTo("Cooperation between the city and civil society grew over\nthe years and\nreached every part of the city."));
        Assert.That(repaired.Repairs.Select(r => r.Kind), Has.Member(PageCleaner.QuoteKind).And.Member(BreakJoiner.ParagraphKind));
    }

    [Test]
    public void NumberedHeadingTakenForARepeat_StaysAsBody()
    {
        var document = new PdfPages().Page()
            .Block("2.1 Loading the package", size: 12, bold: true, role: PdfBlockRole.DuplicateQuote, reason: "repeats words of a longer block on page 1")
            .Block("The package can be loaded in the usual way.")
            .Document();
        var repaired = Repair(document);
        Assert.That(repaired.Text, Does.StartWith("2.1 Loading the package\n\nThe package"));
        Assert.That(repaired.Repairs.Select(r => r.Kind), Has.No.Member(PageCleaner.QuoteKind));
        Assert.That(document.Layout!.Regions[0].Role, Is.EqualTo(RegionRole.Body));
    }

    [Test]
    public void RepairedOffsets_MapBackToTheDecodedText()
    {
        var document = TwoPages("works with them closely.", "Second page starts a new paragraph.");
        var repaired = Repair(document);
        var at = repaired.Text.IndexOf("Second", StringComparison.Ordinal);
        Assert.That(document.Text[repaired.Map.ToSource(at)..].StartsWith("Second", StringComparison.Ordinal), Is.True);
    }

    [Test]
    public void TextWithoutLayout_IsLeftAsItIs()
    {
        var pass = PageCleaner.Clean("plain text", null, new RepairOptions());
        Assert.That(pass.Text, Is.EqualTo("plain text"));
        Assert.That(pass.Repairs, Is.Empty);
    }
}
