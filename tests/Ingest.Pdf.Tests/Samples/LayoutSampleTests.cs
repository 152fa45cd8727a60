using System.Text.RegularExpressions;
using Ingest.Pdf.Layout;
using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Samples;

/// <summary>
/// The layout over every sample with a known text: reading order, page furniture gone, headings kept as blocks of
/// their own, pull quotes recorded once.
/// </summary>
public sealed partial class LayoutSampleTests
{
    private static IEnumerable<string> WithKnownText => SampleFiles.Pdfs.Where(name => File.Exists(Known(name)));

    private static IEnumerable<string> WithKnownOutline => SampleFiles.Pdfs.Where(name => File.Exists(Sibling(name, ".outline.txt")));

    private static string Known(string name) => Sibling(name, ".txt");

    private static string Sibling(string name, string extension) =>
        Path.Combine(SampleFiles.Directory, Path.GetFileNameWithoutExtension(name) + extension);

    private static PdfLayout Layout(string name) => new PdfLayoutAnalyzer().Analyze(SampleFiles.Read(name));

    private static string BodyText(PdfLayout layout) => string.Join("\n\n",
        layout.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == PdfBlockRole.Body).Select(b => b.Text));

    [TestCaseSource(nameof(WithKnownText))]
    public void BodyBlocks_FollowTheKnownReadingOrder_WithScoreAtLeast097(string name)
    {
        var score = WordSequence.ReadingOrderScore(BodyText(Layout(name)), File.ReadAllText(Known(name)));

        Assert.That(score, Is.GreaterThanOrEqualTo(0.97));
    }

    [TestCaseSource(nameof(WithKnownText))]
    public void BodyBlocks_HoldTheKnownWords_WithWordF1AtLeast098(string name)
    {
        var known = File.ReadAllText(Known(name));
        var words = WordSequence.Of(BodyText(Layout(name)), [.. WordSequence.Of(known)]);

        Assert.That(WordF1.Score(string.Join(' ', words), known), Is.GreaterThanOrEqualTo(0.98));
    }

    [TestCaseSource(typeof(SampleFiles), nameof(SampleFiles.Pdfs))]
    public void Blocks_HoldTheTextOfEveryGlyph_OnEverySample(string name)
    {
        var document = SampleFiles.Read(name);

        var layout = new PdfLayoutAnalyzer().Analyze(document);

        for (var p = 0; p < document.Pages.Length; p++)
        {
            // Letters and digits only: spaces, composed marks, expanded ligatures and overprinted bold differ in form.
            var glyphs = document.Pages[p].Glyphs.Sum(g => g.Text.Count(char.IsLetterOrDigit));
            var blocks = layout.Pages[p].Blocks.Sum(b => b.Lines.Sum(l => l.Text.Count(char.IsLetterOrDigit)));
            Assert.That(blocks, Is.InRange(0.97 * glyphs, 1.03 * glyphs + 2), $"page {p + 1}");
        }
    }

    [TestCaseSource(nameof(WithKnownOutline))]
    public void PageFurniture_IsNotInTheBody(string name)
    {
        var known = File.ReadAllText(Known(name));
        var layout = Layout(name);
        var body = BodyText(layout);

        foreach (var pattern in File.ReadAllLines(Sibling(name, ".furniture.txt")).Where(p => p.Length > 0))
        {
            var regex = new Regex(pattern, RegexOptions.Multiline);
            Assert.That(regex.Matches(body), Has.Count.LessThanOrEqualTo(regex.Matches(known).Count), pattern);
        }
        var numbered = layout.Pages.Count(p => p.Blocks.Any(b => b.Role == PdfBlockRole.PageNumber));
        Assert.That(numbered, Is.EqualTo(layout.Pages.Length), "every page's number is found");
    }

    [TestCaseSource(nameof(WithKnownOutline))]
    public void EveryKnownHeading_IsABlockOfItsOwn(string name)
    {
        var vocabulary = WordSequence.Of(File.ReadAllText(Known(name))).ToHashSet(StringComparer.Ordinal);
        var blocks = Layout(name).Pages.SelectMany(p => p.Blocks).Where(b => b.Role == PdfBlockRole.Body)
            .Select(b => string.Join(' ', WordSequence.Of(b.Text, vocabulary)))
            .ToHashSet(StringComparer.Ordinal);
        var headings = File.ReadAllLines(Sibling(name, ".outline.txt")).Select(h => string.Join(' ', WordSequence.Of(h.TrimStart('#')))).ToList();

        var missing = headings.Where(h => !blocks.Contains(h)).ToList();

        Assert.That(missing, Is.Empty);
    }

    [TestCase("report-lo-en.pdf")]
    [TestCase("report-lo-2col-de.pdf")]
    [TestCase("report-lo-2col-ar.pdf")]
    public void TaggedHeadings_AreTheKnownOutline_WithLevels(string name)
    {
        var known = File.ReadAllLines(Sibling(name, ".outline.txt"));

        var tagged = Layout(name).TaggedHeadings.Select(h => new string('#', h.Level) + " " + h.Text);

        Assert.That(tagged, Is.EqualTo(known));
    }

    [Test]
    public void TaggedHeadings_AreEmpty_WithoutAStructureTree()
    {
        Assert.That(Layout("latex-2col-de.pdf").TaggedHeadings, Is.Empty);
    }

    [Test]
    public void PullQuote_IsMarkedOnce_AndItsWordsStayInTheBody()
    {
        var layout = Layout("report-lo-en.pdf");

        var quotes = layout.Pages.SelectMany(p => p.Blocks).Where(b => b.Role == PdfBlockRole.DuplicateQuote).ToList();

        Assert.That(quotes, Has.Count.EqualTo(1));
        Assert.That(BodyText(layout).Replace("\n", " ", StringComparison.Ordinal),
            Does.Contain("Ghent’s migration and integration policy mainly focuses on social rights"));
        Assert.That(quotes[0].RoleReason, Does.StartWith("repeats words"));
    }

    [Test]
    public void TwoColumnPages_HaveTwoColumns_AndBlocksInBoth()
    {
        var page = Layout("latex-2col-en.pdf").Pages[1];

        Assert.That(page.ColumnCount, Is.EqualTo(2));
        Assert.That(page.Blocks.Where(b => b.Role == PdfBlockRole.Body).Select(b => b.Column).Distinct().Order(), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void RightToLeftTwoColumnPages_ReadTheRightColumnFirst()
    {
        var page = Layout("report-lo-2col-ar.pdf").Pages[0];
        var body = page.Blocks.Where(b => b.Role == PdfBlockRole.Body).ToList();

        Assert.That(page.ColumnCount, Is.EqualTo(2));
        Assert.That(body[0].Box.Left, Is.GreaterThan(page.Width / 2), "the first block is in the right column");
        Assert.That(body.Select(b => b.Column), Is.Ordered, "column 0 (right) is read before column 1 (left)");
    }
}
