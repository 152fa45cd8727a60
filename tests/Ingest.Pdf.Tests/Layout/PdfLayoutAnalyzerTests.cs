using System.Collections.Immutable;
using Ingest.Pdf.Layout;
using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Layout;

public sealed partial class PdfLayoutAnalyzerTests
{
    private static IEnumerable<PdfGlyph> Run(string text, double x, double y, double size = 10, bool bold = false) =>
        text.Select((c, i) => new PdfGlyph(c.ToString(), x + (i * size * 0.5), y, size * 0.5, size, "F", bold, false));

    private static PdfDocument Document(params IEnumerable<PdfGlyph>[] runs) =>
        new([new PdfPage(1, 600, 800, 0, [.. runs.SelectMany(r => r)])], [], [], 0, false);

    [Test]
    public void Analyze_SplitsBlocks_AtAWideGapAndAtAFontChange()
    {
        var document = Document(
            Run("Title", 50, 80, size: 18, bold: true),
            Run("first line", 50, 110), Run("second line", 50, 122),
            Run("next paragraph", 50, 150));

        var page = new PdfLayoutAnalyzer().Analyze(document).Pages.Single();

        Assert.That(page.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "Title", "first line\nsecond line", "next paragraph" }));
        Assert.That(page.Blocks[0].IsBold && page.Blocks[0].FontSize == 18, Is.True);
        Assert.That(page.Blocks[1].Box, Is.EqualTo(new PdfBox(50, 102, 105, 124)));
    }

    [Test]
    public void Analyze_GivesBodyFontSize_AsTheSizeCoveringMostCharacters()
    {
        var document = Document(Run("Heading", 50, 80, size: 18), Run("some body text here", 50, 110, size: 10));

        Assert.That(new PdfLayoutAnalyzer().Analyze(document).BodyFontSize, Is.EqualTo(10));
    }

    [TestCase("latex-en.pdf")]
    [TestCase("seed-de.pdf")]
    [TestCase("udhr-ar.pdf")]
    public void Analyze_KeepsEveryWordOfTheKnownText_InBlocks(string name)
    {
        var known = File.ReadAllText(Path.ChangeExtension(SampleFiles.PathOf(name), ".txt"));

        var layout = new PdfLayoutAnalyzer().Analyze(SampleFiles.Read(name));
        var text = string.Join("\n\n", layout.Pages.SelectMany(p => p.Blocks).Select(b => b.Text));

        Assert.That(WordF1.Score(text, known), Is.GreaterThanOrEqualTo(0.98));
        Assert.That(layout.Pages.SelectMany(p => p.Blocks).All(b => b.Lines.Length > 0 && b.Box.Width > 0), Is.True);
    }

    [Test]
    public void Analyze_SplitsRowsAtAGutter_AndReadsTheLeftColumnFirst()
    {
        // Two columns of four lines on the same baselines, 20 points apart: the rows split at the gutter.
        var left = Enumerable.Range(0, 4).Select(i => Run($"left column line number {i}", 50, 100 + (i * 12)));
        var right = Enumerable.Range(0, 4).Select(i => Run($"right column line numero {i}", 195, 100 + (i * 12)));
        var document = Document([.. left.Zip(right).SelectMany(pair => new[] { pair.First, pair.Second })]);

        var page = new PdfLayoutAnalyzer().Analyze(document).Pages.Single();

        Assert.That(page.ColumnCount, Is.EqualTo(2));
        Assert.That(page.Blocks.Select(b => (b.Column, b.Lines.Length)), Is.EqualTo(new[] { (0, 4), (1, 4) }));
        Assert.That(page.Blocks[0].Lines[3].Text, Is.EqualTo("left column line number 3"));
    }

    [Test]
    public void Analyze_StartsAParagraph_AtAnIndentedLineAfterAShortOne()
    {
        var document = Document(Run("a full line of text running to the right", 50, 100), Run("a short end", 50, 112),
            Run("indented start of the next paragraph", 65, 124), Run("a full line of text running to the right", 50, 136));

        var page = new PdfLayoutAnalyzer().Analyze(document).Pages.Single();

        Assert.That(page.Blocks.Select(b => b.Lines.Length), Is.EqualTo(new[] { 2, 2 }));
    }
}
