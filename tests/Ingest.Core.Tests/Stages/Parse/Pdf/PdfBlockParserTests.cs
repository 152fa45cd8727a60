using System.Collections.Immutable;
using Ingest.Core.Model;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Parse.Pdf;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Stages.Sections;
using Ingest.Core.Tests.TestSupport;
using Ingest.Pdf;
using Ingest.Pdf.Layout;

namespace Ingest.Core.Tests.Stages.Parse.Pdf;

/// <summary>Blocks of a laid-out PDF: headings and levels from fonts, numbering and the outline; page and box on every block.</summary>
public sealed partial class PdfBlockParserTests
{
    private const string Body = "The city works with the organisations of its civil society on every project it starts.";

    private static Document Parse(Document document)
    {
        var context = TestDocuments.Context();
        var repaired = new RepairStage(new RepairOptions()).Run(document, context);
        return new ParseStage(new ParseOptions()).Run(repaired, context);
    }

    private static PdfPages Styled() => new PdfPages().Page()
        .Block("Annual Report", size: 20, bold: true)
        .Block("Introduction", size: 15, bold: true)
        .Block(Body + "\n" + Body)
        .Block("Background", size: 12, bold: true)
        .Block(Body)
        .Page()
        .Block("2.1 Funding of projects")
        .Block(Body)
        .Block("Results", size: 15, bold: true)
        .Block(Body);

    [Test]
    public void Headings_AreTheBlocksSetLargerOrBold_LevelledBySize()
    {
        var blocks = Parse(Styled().Document()).Blocks;
        var headings = blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level, b.Number)).ToList();
        Assert.That(headings, Is.EqualTo(new (string, int, string?)[]
        {
            ("Annual Report", 1, null), ("Introduction", 2, null), ("Background", 3, null), ("Funding of projects", 0, "2.1"), ("Results", 2, null),
        }));
        Assert.That(blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text), Is.All.StartsWith("The city works"));
    }

    [TestCase("LMMonoLt10-Bold")]
    [TestCase("ABCDEF+CourierNewPS-BoldMT")]
    [TestCase("CMTT10")]
    public void BoldCommandLines_InATypewriterFace_AreNoHeadings(string font)
    {
        var pages = new PdfPages().Page()
            .Block("Installing", size: 15, bold: true)
            .Block(Body)
            .Block("> perl install-tl -gui", bold: true, font: font)
            .Block(Body)
            .Block("Usage", bold: true)
            .Block(Body)
            .Block("\\catcodetable", size: 12, bold: true, font: font)
            .Block(Body);

        var headings = Parse(pages.Document()).Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text);

        Assert.That(headings, Is.EqualTo(new[] { "Installing", "Usage", "\\catcodetable" }), "a larger typewriter face may still set a heading");
    }

    [Test]
    public void OutlineLevels_DecideOverFontRanks_AndCarryToUnmatchedHeadingsOfTheSameStyle()
    {
        var outline = new[]
        {
            new PdfOutlineItem("Annual Report", 1, [new PdfOutlineItem("Introduction", 1, [new PdfOutlineItem("Background", 1, [])])]),
        };
        var blocks = Parse(Styled().Document(outline)).Blocks;
        var levels = blocks.Where(b => b.Kind == BlockKind.Heading && b.Number is null).Select(b => (b.Text, b.Level)).ToList();
        Assert.That(levels, Is.EqualTo(new[] { ("Annual Report", 1), ("Introduction", 2), ("Background", 3), ("Results", 2) }));
    }

    [Test]
    public void TaggedHeadings_GiveLevels_WhenThereAreNoBookmarks()
    {
        var tagged = new[] { new PdfTaggedHeading(1, "Introduction", 1), new PdfTaggedHeading(1, "Background", 1), new PdfTaggedHeading(1, "Results", 2) };
        var blocks = Parse(Styled().Document([], tagged)).Blocks;
        var levels = blocks.Where(b => b.Kind == BlockKind.Heading && b.Number is null).Select(b => (b.Text, b.Level)).ToList();
        Assert.That(levels, Is.EqualTo(new[] { ("Annual Report", 1), ("Introduction", 1), ("Background", 1), ("Results", 1) }));
    }

    [Test]
    public void BookmarkOnAnotherPage_DoesNotMatchAHeadingOfTheSameTitle()
    {
        var outline = new[] { new PdfOutlineItem("Results", 5, []) };
        var blocks = Parse(Styled().Document(outline)).Blocks;
        Assert.That(blocks.Single(b => b.Text == "Results").Level, Is.EqualTo(2), "ranked by its style, as no bookmark points to its page");
    }

    [Test]
    public void EveryBlock_CarriesItsPageAndBox()
    {
        var blocks = Parse(Styled().Document()).Blocks;
        Assert.That(blocks.Select(b => b.Origin), Is.All.Not.Null);
        Assert.That(blocks.Select(b => b.Origin!.Page), Is.EqualTo(new[] { 1, 1, 1, 1, 1, 2, 2, 2, 2 }));
        var intro = blocks.First(b => b.Text == "Introduction").Origin!;
        Assert.That((intro.Box.Left, intro.Box.Right), Is.EqualTo((72.0, 520.0)));
        Assert.That(intro.Box.Bottom - intro.Box.Top, Is.EqualTo(15).Within(0.01));
    }

    [Test]
    public void ParagraphJoinedAcrossAPageBreak_IsOneBlock_FromItsFirstPageToItsLast()
    {
        var document = new PdfPages().Page()
            .Block("Introduction", size: 15, bold: true)
            .Block(Body + "\nand it goes on with")
            .Block("3", role: Ingest.Pdf.Layout.PdfBlockRole.PageNumber)
            .Page()
            .Block("Partners of the city in every district.")
            .Block("Results", size: 15, bold: true)
            .Document();
        var blocks = Parse(document).Blocks;
        var paragraph = blocks.Single(b => b.Kind == BlockKind.Paragraph);
        Assert.That(paragraph.Text, Is.EqualTo(Body + " and it goes on with Partners of the city in every district."));
        Assert.That((paragraph.Origin!.Page, paragraph.Origin.LastPage), Is.EqualTo((1, 2)));
    }

    [Test]
    public void DocumentInOneStyle_IsReadWithThePlainTextCues()
    {
        var document = new PdfPages().Page()
            .Block("Key Takeaways")
            .Block(Body + "\n" + Body)
            .Block("What is unique about the city?")
            .Block(Body)
            .Block("• Close collaboration")
            .Document();
        var blocks = Parse(document).Blocks;
        Assert.That(blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem }));
    }

    [Test]
    public void BlockOfBulletedLines_IsOneListItemPerBullet()
    {
        var document = Styled().Page().Block("We focus on:\n• housing for every newcomer\n• jobs and training,\nalso for the young\n• health").Document();
        var blocks = Parse(document).Blocks.SkipWhile(b => b.Text != "We focus on:").ToList();
        Assert.That(blocks.Select(b => (b.Kind, b.Text)), Is.EqualTo(new[]
        {
            (BlockKind.Paragraph, "We focus on:"), (BlockKind.ListItem, "housing for every newcomer"),
            (BlockKind.ListItem, "jobs and training, also for the young"), (BlockKind.ListItem, "health"),
        }));
        Assert.That(blocks.Select(b => b.Origin!.Page), Is.All.EqualTo(3));
    }

    [Test]
    public void NumberedLinesInOneBlock_AreNoHeading()
    {
        var document = Styled().Page().Block("1. Housing\n2. Education\n3. Health").Document();
        Assert.That(Parse(document).Blocks.Last().Kind, Is.Not.EqualTo(BlockKind.Heading));
    }

    [Test]
    public void BoldCellsOfATableRow_AreNoHeadings_ButALargerHeadingBesideTextIs()
    {
        var layout = new PdfLayout(
        [
            new PdfPageLayout(1, 595, 842, 1,
            [
                Cell("Introduction", 72, 300, 100, 15),
                Cell("Population", 72, 200, 200, 10), Cell("Area", 220, 300, 200, 10), Cell("Mayor", 320, 500, 200, 10),
                Cell("263,608", 72, 200, 220, 10, bold: false), Cell("156 km²", 220, 300, 220, 10, bold: false),
                Cell("Mathias De Clercq", 320, 500, 220, 10, bold: false),
                new PdfTextBlock(1, new PdfBox(72, 260, 520, 300), [new PdfTextLine(Body, new PdfBox(72, 260, 520, 270), 10, "Serif", false, false),
                    new PdfTextLine(Body, new PdfBox(72, 274, 520, 284), 10, "Serif", false, false)], 10, "Serif", false, false, 0, PdfBlockRole.Body, null),
                Cell("Background", 72, 300, 320, 15),
            ]),
        ], [], 10, []);
        var (text, regions) = Ingest.Core.Stages.Read.Pdf.LayoutText.Build(layout, 1);
        var document = TestDocuments.FromText(text, "in/table.pdf");
        document = document with { Text = text, Layout = regions, Source = document.Source with { Format = DocumentFormat.Pdf } };
        var repaired = new RepairStage(new RepairOptions()).Run(document, TestDocuments.Context());
        var headings = new PdfBlockParser(new ParseOptions()).Headings(repaired).Select(b => b.Text);
        Assert.That(headings, Is.EqualTo(new[] { "Introduction", "Background" }));
    }

    private static PdfTextBlock Cell(string text, double left, double right, double top, double size, bool bold = true) =>
        new(1, new PdfBox(left, top, right, top + size), [new PdfTextLine(text, new PdfBox(left, top, right, top + size), size, "Serif", bold, false)],
            size, "Serif", bold, false, 0, PdfBlockRole.Body, null);

    [Test]
    public void DocumentInOneStyle_WithBookmarks_TakesHeadingsAndLevelsFromThem()
    {
        var document = new PdfPages().Page()
            .Block("Declaration")
            .Block("Preamble")
            .Block(Body)
            .Block("Article 1")
            .Block(Body)
            .Document(new PdfOutlineItem("Declaration", 1, [new PdfOutlineItem("Preamble", 1, []), new PdfOutlineItem("Article 1", 1, [])]));
        var headings = Parse(document).Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level));
        Assert.That(headings, Is.EqualTo(new[] { ("Declaration", 1), ("Preamble", 2), ("Article 1", 2) }));
    }

    [Test]
    public void LinesOfHanText_JoinWithoutSpaces()
    {
        var document = new PdfPages().Page().Block("人人生而自由，在尊严和权利上\n一律平等。他们赋有理性和良心。").Document();
        Assert.That(Parse(document).Blocks.Single().Text, Is.EqualTo("人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心。"));
    }

    [Test]
    public void Sections_CarryTheirPageRange()
    {
        var document = Parse(Styled().Document());
        var sections = new SectionTreeBuilder(new SectionsOptions()).Build(document).Sections;
        var pages = sections.Where(s => s.Title.Length > 0).Select(s => (s.Title, s.Pages)).ToList();
        Assert.That(pages, Is.EqualTo(new (string, PageRange?)[]
        {
            ("Annual Report", new PageRange(1, 1)), ("Introduction", new PageRange(1, 1)), ("Background", new PageRange(1, 1)),
            ("Funding of projects", new PageRange(2, 2)), ("Results", new PageRange(2, 2)),
        }));
    }

    [Test]
    public void TextWithoutLayout_GivesNoPages()
    {
        var document = TestDocuments.Process("Title\n\nSome body text that is long enough to be a paragraph of its own here.\n");
        Assert.That(document.Blocks.Select(b => b.Origin), Is.All.Null);
        Assert.That(document.Sections.Select(s => s.Pages), Is.All.Null);
    }
}
