using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed partial class FurnitureDetectorTests
{
    private static IEnumerable<PdfGlyph> Glyphs(string text, double x, double y, double size = 10) =>
        text.Select((c, i) => new PdfGlyph(c.ToString(), x + (i * size * 0.5), y, size * 0.5, size, "F", false, false));

    /// <summary>One page of 600 × 800: a paragraph of three lines and <paramref name="foot"/> centred at height y.</summary>
    private static PdfLayout OnePage(string foot, double y)
    {
        IEnumerable<PdfGlyph>[] runs =
        [
            Glyphs("a paragraph of body text on the only page", 100, 100), Glyphs("that goes on for a few lines", 100, 112),
            Glyphs("and ends here.", 100, 124), Glyphs(foot, 300 - (foot.Length * 2.5), y),
        ];
        return new PdfLayoutAnalyzer().Analyze(new PdfDocument([new PdfPage(1, 600, 800, 0, [.. runs.SelectMany(r => r)])], [], [], 0, false));
    }

    [Test]
    public void OnePage_LoneNumberCentredAtTheFoot_IsThePageNumber()
    {
        var block = OnePage("7", 760).Pages[0].Blocks.Single(b => b.Text == "7");

        Assert.That(block.Role, Is.EqualTo(PdfBlockRole.PageNumber));
        Assert.That(block.RoleReason, Does.Contain("only page"));
    }

    [TestCase("7", 400, TestName = "OnePage_NumberInTheMiddleOfThePage_StaysBody")]
    [TestCase("2024 report", 760, TestName = "OnePage_TextAtTheFoot_StaysBody")]
    [TestCase("12345", 760, TestName = "OnePage_LongNumberAtTheFoot_StaysBody")]
    public void OnePage_OtherBlocks_StayBody(string foot, double y)
    {
        Assert.That(OnePage(foot, y).Pages[0].Blocks.Select(b => b.Role), Has.All.EqualTo(PdfBlockRole.Body));
    }

    [Test]
    public void OnePage_NumberRightBelowTheText_StaysBody()
    {
        // A short last line of the text (a total, a list's last number) in the bottom band, close to the text above it.
        var runs = new[] { Glyphs("a line of text near the foot of the page", 100, 740), Glyphs("7", 297.5, 752) };
        var layout = new PdfLayoutAnalyzer().Analyze(new PdfDocument([new PdfPage(1, 600, 800, 0, [.. runs.SelectMany(r => r)])], [], [], 0, false));

        Assert.That(layout.Pages[0].Blocks.Select(b => b.Role), Has.All.EqualTo(PdfBlockRole.Body));
    }
}
