using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed class FurnitureDetectorTests
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
    public void SameTextAtTheTop_IsARunningHeader_WithItsReason()
    {
        var pages = Pages(4, n => [Block(n, "Annual report 2025", 30)]);

        var block = FurnitureDetector.Assign(pages, new PdfLayoutOptions())[2].Blocks.Single(b => b.Text == "Annual report 2025");

        Assert.That(block.Role, Is.EqualTo(PdfBlockRole.RunningHeader));
        Assert.That(block.RoleReason, Is.EqualTo("same text at the top of 4 of 4 pages"));
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
