using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed partial class PdfLayoutAnalyzerTests
{
    /// <summary>A body of 11 pt on a 13.6 pt pitch; beside its second line, 10 points to the right, four lines on a 12 pt pitch.</summary>
    private static PdfDocument BodyWithNote(double noteSize)
    {
        var body = Enumerable.Range(0, 6).Select(i => Run($"body text of the paragraph, line {i}", 50, 100 + (i * 13.6), size: 11));
        var note = Enumerable.Range(0, 4).Select(i => Run($"a margin note, line {i}", 248.5, 113.6 + (i * 12), size: noteSize));
        return Document([.. body, .. note]);
    }

    [Test]
    public void Analyze_KeepsAMarginNoteInSmallerTypeAtAnotherPitch_ApartFromTheBody()
    {
        // Only two rows share a baseline (the pitches drift apart), fewer than a gutter needs with text on both sides.
        var page = new PdfLayoutAnalyzer().Analyze(BodyWithNote(noteSize: 10)).Pages.Single();

        Assert.That(page.Blocks.Select(b => b.Lines.Length), Is.EqualTo(new[] { 6, 4 }));
        Assert.That(page.Blocks[1].Text, Does.StartWith("a margin note, line 0\n"));
        Assert.That(page.Blocks[0].Lines.Select(l => l.Text), Has.All.StartsWith("body text"));
    }

    [Test]
    public void Analyze_JoinsTextBesideTheBody_WhenItIsInTheSameSize_AndSharesTooFewRows()
    {
        // The same place in body type: no evidence of an aside, and two shared rows make no column gutter.
        var page = new PdfLayoutAnalyzer().Analyze(BodyWithNote(noteSize: 11)).Pages.Single();

        Assert.That(page.Blocks.SelectMany(b => b.Lines).Select(l => l.Text),
            Has.Some.EqualTo("body text of the paragraph, line 1 a margin note, line 0"));
    }
}
