using Ingest.Core.Model;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Parse.Pdf;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Tests.TestSupport;
using Ingest.Pdf;
using Ingest.Pdf.Layout;

namespace Ingest.Core.Tests.Stages.Parse.Pdf;

/// <summary>The lines of a printed table of contents are no headings, however they are set.</summary>
public sealed partial class PdfBlockParserTests
{
    [Test]
    public void ContentsLines_EndingInALeaderAndAPageNumber_AreNoHeadings()
    {
        var pages = new PdfPages().Page()
            .Block("Contents", size: 15, bold: true)
            .Block("1 Introduction . . . . . . . . . . . . . 2", size: 12, bold: true)
            .Block("1.1 Scope of the report.........................2")
            .Block("2 Results ................................... iv", size: 12, bold: true)
            .Page()
            .Block("1 Introduction", size: 12, bold: true)
            .Block(Body)
            .Block("1.1 Scope of the report")
            .Block(Body);

        var headings = Parse(pages.Document()).Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Number, b.Text)).ToList();

        Assert.That(headings, Is.EqualTo(new (string?, string)[] { (null, "Contents"), ("1", "Introduction"), ("1.1", "Scope of the report") }));
    }

    [Test]
    public void ContentsLines_WithTheirPageNumberFlushRight_AreNoHeadings_ButTheHeadingsTheyPointToAre()
    {
        var layout = new PdfLayout(
        [
            new PdfPageLayout(1, 595, 842, 1,
            [
                Line("Contents", 72, 300, 60, 15, bold: true),
                Line("2 Basic enhancements", 72, 300, 100, 12, bold: true), Line("19", 500, 512, 100, 12, bold: true),
                Line("2.1 Introduction", 72, 300, 120, 10), Line("2.2 Unicode text support", 72, 300, 134, 10),
                new PdfTextBlock(1, new PdfBox(500, 120, 512, 144), [new PdfTextLine("19", new PdfBox(500, 120, 512, 130), 10, "Serif", false, false),
                    new PdfTextLine("20", new PdfBox(500, 134, 512, 144), 10, "Serif", false, false)], 10, "Serif", false, false, 0, PdfBlockRole.Body, null),
                Line("2 Basic enhancements", 72, 300, 200, 12, bold: true),
                Line("2.1 Introduction", 72, 300, 230, 10),
                Line(Body, 72, 520, 250, 10),
            ]),
        ], [], 10, []);
        var (text, regions) = Ingest.Core.Stages.Read.Pdf.LayoutText.Build(layout, 1);
        var document = TestDocuments.FromText(text, "in/contents.pdf");
        document = document with { Text = text, Layout = regions, Source = document.Source with { Format = DocumentFormat.Pdf } };
        var repaired = new RepairStage(new RepairOptions()).Run(document, TestDocuments.Context());

        var headings = new PdfBlockParser(new ParseOptions()).Headings(repaired).Select(b => (b.Number, b.Text, b.Origin!.Page)).ToList();

        Assert.That(headings, Is.EqualTo(new (string?, string, int)[] { (null, "Contents", 1), ("2", "Basic enhancements", 1), ("2.1", "Introduction", 1) }));
        Assert.That(new PdfBlockParser(new ParseOptions()).Headings(repaired).Select(b => b.Origin!.Box.Top), Is.EqualTo(new[] { 60.0, 200.0, 230.0 }));
    }

    private static PdfTextBlock Line(string text, double left, double right, double top, double size, bool bold = false) =>
        new(1, new PdfBox(left, top, right, top + size), [new PdfTextLine(text, new PdfBox(left, top, right, top + size), size, "Serif", bold, false)],
            size, "Serif", bold, false, 0, PdfBlockRole.Body, null);
}
