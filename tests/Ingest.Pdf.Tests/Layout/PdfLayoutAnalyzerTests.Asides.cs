using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed partial class PdfLayoutAnalyzerTests
{
    [Test]
    public void Analyze_KeepsAMarginNoteAtAnotherLinePitch_ApartFromTheBody()
    {
        // Body: 11 pt on a 13.6 pt pitch; beside its second line a 10 pt note on a 12 pt pitch, 10 points to the right.
        // Only two rows share a baseline (the pitches drift apart), fewer than a gutter needed with both sides in one row.
        var body = Enumerable.Range(0, 6).Select(i => Run($"body text of the paragraph, line {i}", 50, 100 + (i * 13.6), size: 11));
        var note = Enumerable.Range(0, 4).Select(i => Run($"a margin note, line {i}", 248.5, 113.6 + (i * 12), size: 10));
        var document = Document([.. body, .. note]);

        var page = new PdfLayoutAnalyzer().Analyze(document).Pages.Single();

        Assert.That(page.Blocks.Select(b => b.Lines.Length), Is.EqualTo(new[] { 6, 4 }));
        Assert.That(page.Blocks[1].Text, Does.StartWith("a margin note, line 0\n"));
        Assert.That(page.Blocks[0].Lines.Select(l => l.Text), Has.All.StartsWith("body text"));
    }
}
