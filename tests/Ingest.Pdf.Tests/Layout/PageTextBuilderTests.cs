using System.Collections.Immutable;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed class PageTextBuilderTests
{
    private static PdfGlyph Glyph(string text, double x, double y = 100, double advance = 10, double size = 10) =>
        new(text, x, y, advance, size, "F", false, false);

    private static ImmutableArray<PdfGlyph> Run(string text, double x, double step, double y = 100) =>
        [.. text.Select((c, i) => Glyph(c.ToString(), x + (i * step), y, step))];

    [Test]
    public void Build_PutsNoSpaces_BetweenCjkCharactersWithJustificationGaps()
    {
        ImmutableArray<PdfGlyph> glyphs = [.. "日本語の文章".Select((c, i) => Glyph(c.ToString(), i * 12, advance: 10))];

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("日本語の文章"));
    }

    [Test]
    public void Build_InsertsSpace_WhereTheGapIsAWordGap()
    {
        ImmutableArray<PdfGlyph> glyphs = [.. Run("ab", 0, 5), .. Run("cd", 14, 5)];

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("ab cd"));
    }

    [Test]
    public void Build_OrdersLinesTopToBottom_AndGlyphsLeftToRight()
    {
        ImmutableArray<PdfGlyph> glyphs = [.. Run("second", 0, 5, y: 120), .. Run("first", 0, 5, y: 100)];

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("first\nsecond"));
    }

    [Test]
    public void Build_GivesHebrewInLogicalOrder_FromVisualOrder()
    {
        // "שלום 42" painted left to right as it is seen: "42 םולש".
        ImmutableArray<PdfGlyph> glyphs = [.. Run("42", 0, 5), .. Run("םולש", 15, 5)];

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("שלום 42"));
    }

    [Test]
    public void Build_KeepsArabicLigatureGlyphsWhole_WhenReordering()
    {
        // One glyph for lam-alef whose Unicode is two letters in logical order.
        ImmutableArray<PdfGlyph> glyphs = [Glyph("ن", 0), Glyph("لا", 10), Glyph("ا", 20)];

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("الان"));
    }

    [Test]
    public void Build_AttachesCombiningMarkToItsBase()
    {
        ImmutableArray<PdfGlyph> glyphs = [Glyph("e", 0, advance: 5), Glyph("\u0301", 3, advance: 0), Glyph("t", 5, advance: 5)];

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("e\u0301t"));
    }

    [Test]
    public void Build_ExpandsLigatures_AndDropsOverprintedDuplicates()
    {
        ImmutableArray<PdfGlyph> glyphs = [Glyph("ﬁ", 0), Glyph("x", 10), Glyph("x", 10.2)];

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("fix"));
    }
}
