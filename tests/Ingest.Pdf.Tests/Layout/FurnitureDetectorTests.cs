using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed partial class FurnitureDetectorTests
{
    private static PdfTextBlock Block(int page, string text, double top, double left = 72) =>
        new(page, new PdfBox(left, top, left + (5 * text.Length), top + 10), [new PdfTextLine(text, new PdfBox(left, top, left + (5 * text.Length), top + 10), 10, "F", false, false)],
            10, "F", false, false, 0, PdfBlockRole.Body, null);

    private static List<PdfPageLayout> Pages(int count, Func<int, IEnumerable<PdfTextBlock>> blocks) =>
        [.. Enumerable.Range(1, count).Select(n => new PdfPageLayout(n, 600, 800, 1,
            [.. blocks(n), Block(n, $"Body text of page {n} that differs from page to page", 300)]))];

    private static PdfBlockRole RoleOf(List<PdfPageLayout> pages, int page, string text) =>
        FurnitureDetector.Assign(pages, new PdfLayoutOptions())[page - 1].Blocks.Single(b => b.Text == text).Role;

    [Test]
    public void RomanPageNumbers_CountingUp_ArePageNumbers()
    {
        string[] roman = ["i", "ii", "iii", "iv", "v"];
        var pages = Pages(5, n => [Block(n, roman[n - 1], 770, 300)]);

        Assert.That(RoleOf(pages, 4, "iv"), Is.EqualTo(PdfBlockRole.PageNumber));
    }

    [Test]
    public void PageNumbersInDevanagariDigits_CountingUp_ArePageNumbers()
    {
        // Hindi documents number their pages and articles in Devanagari digits; reading them once crashed the reader.
        string[] digits = ["१", "२", "३", "४", "५"];
        var pages = Pages(5, n => [Block(n, digits[n - 1], 770, 300), Block(n, $"अनुच्छेद {digits[n - 1]}{digits[n - 1]}", 200)]);

        Assert.That(RoleOf(pages, 3, "३"), Is.EqualTo(PdfBlockRole.PageNumber));
    }

    [Test]
    public void PageNumbers_SetHigherThanTheBottomSixth_ArePageNumbers()
    {
        // LaTeX's geometry package with its default margins puts the page number at 84.6 % of the page height.
        var pages = Pages(4, n => [Block(n, $"{n}", 677, 300)]);

        Assert.That(RoleOf(pages, 2, "2"), Is.EqualTo(PdfBlockRole.PageNumber));
    }

    [Test]
    public void SameTextAtTheTop_IsARunningHeader_WithItsReason()
    {
        var pages = Pages(4, n => [Block(n, "Annual report 2025", 30)]);

        var block = FurnitureDetector.Assign(pages, new PdfLayoutOptions())[2].Blocks.Single(b => b.Text == "Annual report 2025");

        Assert.That(block.Role, Is.EqualTo(PdfBlockRole.RunningHeader));
        Assert.That(block.RoleReason, Is.EqualTo("same text at the top of 4 of 4 pages"));
    }

    [Test]
    public void AChapterTitleBesideThePageNumber_IsPartOfTheRunningHeader()
    {
        // A book's header: the chapter on the left, the page number on the right; the chapter changes every few pages.
        string[] chapters = ["1 INTRODUCTION", "1 INTRODUCTION", "2 OVERVIEW", "3 INSTALLATION", "3 INSTALLATION", "3 INSTALLATION"];
        var pages = Pages(6, n => [Block(n, chapters[n - 1], 30), Block(n, $"{n + 2}", 30, 500)]);

        var laidOut = FurnitureDetector.Assign(pages, new PdfLayoutOptions());

        Assert.That(laidOut[2].Blocks.Single(b => b.Text == "2 OVERVIEW").Role, Is.EqualTo(PdfBlockRole.RunningHeader));
        Assert.That(laidOut[2].Blocks.Single(b => b.Text == "5").Role, Is.EqualTo(PdfBlockRole.PageNumber));
        Assert.That(laidOut.SelectMany(p => p.Blocks).Where(b => b.Text.StartsWith("Body text", StringComparison.Ordinal)).Select(b => b.Role),
            Has.All.EqualTo(PdfBlockRole.Body));
    }

    [Test]
    public void AFooterThatCarriesThePageNumber_IsFurniture_ThoughItsChapterChanges()
    {
        // Book footers: the page number outside, the chapter title inside; pages are numbered from 20.
        string Footer(int n) => n % 2 == 0 ? $"{n + 19} {(n < 5 ? "Basic enhancements" : "Fonts")}" : $"{(n < 5 ? "Basic enhancements" : "Fonts")} {n + 19}";
        var pages = Pages(8, n => [Block(n, Footer(n), 780)]);

        var laidOut = FurnitureDetector.Assign(pages, new PdfLayoutOptions());

        Assert.That(laidOut.Select((page, i) => page.Blocks.Single(b => b.Text == Footer(i + 1)).Role), Has.All.EqualTo(PdfBlockRole.RunningFooter));
        Assert.That(laidOut[0].Blocks.Single(b => b.Text == Footer(1)).RoleReason, Does.Contain("page number"));
    }

    [Test]
    public void NumberedHeadingsOpeningPages_AreNotFurniture()
    {
        var pages = Pages(4, n => [Block(n, $"Article {n * 3}", 30)]);

        Assert.That(RoleOf(pages, 2, "Article 6"), Is.EqualTo(PdfBlockRole.Body));
    }

    [Test]
    public void ACreditRepeatedAtTheSamePlaceMidPage_IsARepeatedArtifact()
    {
        var pages = Pages(3, n => [Block(n, "Funded by the Example Foundation", 400, 20)]);

        Assert.That(RoleOf(pages, 3, "Funded by the Example Foundation"), Is.EqualTo(PdfBlockRole.RepeatedArtifact));
    }

    [Test]
    public void TextOnOnlyOnePage_StaysBody()
    {
        var pages = Pages(3, n => n == 1 ? [Block(n, "Draft", 30)] : []);

        Assert.That(RoleOf(pages, 1, "Draft"), Is.EqualTo(PdfBlockRole.Body));
    }
}
