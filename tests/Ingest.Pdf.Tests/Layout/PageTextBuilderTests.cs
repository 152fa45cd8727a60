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

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("\u00E9t"), "base and mark are composed (NFC)");
    }

    [Test]
    public void Build_SeparatesFootnoteMark_ButNotAKernedLogoLetter()
    {
        ImmutableArray<PdfGlyph> footnote = [Glyph("1", 0, y: 96, advance: 3, size: 6), .. Run("Word", 3.2, 6)];
        ImmutableArray<PdfGlyph> logo = [Glyph("L", 0, advance: 6), Glyph("A", 3.5, y: 97, advance: 5, size: 7), Glyph("T", 7, advance: 6)];

        Assert.That(PageTextBuilder.Build(footnote).TrimEnd(), Is.EqualTo("1 Word"));
        Assert.That(PageTextBuilder.Build(logo).TrimEnd(), Is.EqualTo("LAT"));
    }

    [Test]
    public void Build_CombinesSpacingAccentDrawnOverALetter_ButKeepsAStandaloneOne()
    {
        // TeX's OT1 fonts: "f" "¨" "u" "h" with the dieresis centred over the u; a dotless i takes its dot back.
        ImmutableArray<PdfGlyph> over = [Glyph("f", 0, advance: 3), Glyph("\u00A8", 4, advance: 5), Glyph("u", 3, advance: 6),
            Glyph("h", 9, advance: 6), Glyph("\u0131", 15, advance: 3), Glyph("\u00A8", 14, advance: 5)];
        ImmutableArray<PdfGlyph> alone = [Glyph("a", 0, advance: 5), Glyph("\u00B4", 10, advance: 5)];

        Assert.That(PageTextBuilder.Build(over).TrimEnd(), Is.EqualTo("f\u00FCh\u00EF"));
        Assert.That(PageTextBuilder.Build(alone).TrimEnd(), Is.EqualTo("a \u00B4"));
    }

    [Test]
    public void Build_ExpandsLigatures_AndDropsOverprintedDuplicates()
    {
        ImmutableArray<PdfGlyph> glyphs = [Glyph("ﬁ", 0), Glyph("x", 10), Glyph("x", 10.2)];

        Assert.That(PageTextBuilder.Build(glyphs).TrimEnd(), Is.EqualTo("fix"));
    }

    [Test]
    public void Build_ReadsLetterSpacedText_AsWords()
    {
        // Letters 2.5 points apart, words a further 3 points: a word gap is a letter gap plus a space.
        var x = 0.0;
        var glyphs = new List<PdfGlyph>();
        foreach (var c in "SPACED OUT TITLE")
        {
            if (c == ' ')
            {
                x += 3;
                continue;
            }
            glyphs.Add(Glyph(c.ToString(), x, advance: 6));
            x += 8.5;
        }

        Assert.That(PageTextBuilder.Build([.. glyphs]).TrimEnd(), Is.EqualTo("SPACED OUT TITLE"));
    }
}
