using Ingest.Pdf.Layout;
using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Samples;

public sealed partial class LayoutSampleTests
{
    private static IEnumerable<TestCaseData> Asides =>
    [
        new TestCaseData("latex-marginpar-en.pdf", "The main aim of Jobteam Gent"),
        new TestCaseData("latex-marginpar-en.pdf", "One of the unique strengths of Jobteam Gent"),
        new TestCaseData("latex-marginpar-en.pdf", "In addition to individual"),
        new TestCaseData("latex-marginpar-en.pdf", "In the search for a suitable"),
        new TestCaseData("report-lo-sidebar-de.pdf", "Wichtigste Erkenntnisse"),
        new TestCaseData("report-lo-sidebar-de.pdf", "Politische Bemühungen und überregionales Engagement"),
        new TestCaseData("report-lo-sidebar-de.pdf", "Die vier wichtigsten Erfolgsfaktoren"),
    ];

    /// <summary>
    /// A margin note or sidebar title (a known line starting with <paramref name="start"/>) is a body block of its own
    /// holding exactly its known words, in smaller type than the body, read right after the known line before it
    /// (the paragraph it sits beside).
    /// </summary>
    [TestCaseSource(nameof(Asides))]
    public void Aside_IsABlockOfItsOwn_ReadAfterTheParagraphBesideIt(string name, string start)
    {
        var knownLines = File.ReadAllLines(Known(name));
        var vocabulary = WordSequence.Of(string.Join('\n', knownLines)).ToHashSet(StringComparer.Ordinal);
        var index = Array.FindIndex(knownLines, l => l.StartsWith(start, StringComparison.Ordinal));
        var layout = Layout(name);
        var body = layout.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == PdfBlockRole.Body).ToList();
        var words = body.ConvertAll(b => WordSequence.Of(b.Text, vocabulary));
        var startWords = WordSequence.Of(start);

        var found = words.FindIndex(w => w.Take(startWords.Count).SequenceEqual(startWords));

        Assert.That(index, Is.GreaterThan(0), "the known text has the aside after a paragraph");
        Assert.That(found, Is.GreaterThan(0), "a body block starts with the aside");
        Assert.That(words[found], Is.EqualTo(WordSequence.Of(knownLines[index])), "the block holds the aside and nothing else");
        Assert.That(body[found].FontSize, Is.LessThan(layout.BodyFontSize));
        var before = WordSequence.Of(knownLines[index - 1]);
        Assert.That(words[found - 1].TakeLast(5), Is.EqualTo(before.TakeLast(5)), "read right after the paragraph beside it");
    }
}
