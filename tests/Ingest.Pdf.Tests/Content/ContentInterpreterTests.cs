using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Content;

public sealed class ContentInterpreterTests
{
    private static PdfDocument Read(byte[] pdf, PdfReadOptions? options = null) => new PdfReader(options).Read(pdf);

    [Test]
    public void Read_PositionsGlyphs_WithStandard14Widths()
    {
        var document = Read(PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (Hi there) Tj ET"));
        var glyphs = document.Pages[0].Glyphs;

        Assert.That(string.Concat(glyphs.Select(g => g.Text)), Is.EqualTo("Hi there"));
        Assert.That(glyphs[0].X, Is.EqualTo(72).Within(1e-6));
        Assert.That(glyphs[0].Y, Is.EqualTo(100).Within(1e-6));
        Assert.That(glyphs[0].Advance, Is.EqualTo(0.722 * 12).Within(1e-6), "Helvetica H is 722 units");
        Assert.That(glyphs[1].X, Is.EqualTo(72 + (0.722 * 12)).Within(1e-6));
        Assert.That(glyphs[0].FontName, Is.EqualTo("Helvetica"));
    }

    [Test]
    public void Read_AppliesCtmAndTextMatrix_ToSizeAndPosition()
    {
        var document = Read(PdfBuilder.OnePage("2 0 0 2 0 0 cm BT /F1 10 Tf 1 0 0 1.5 5 10 Tm (A) Tj ET"));
        var glyph = document.Pages[0].Glyphs[0];

        Assert.That(glyph.FontSize, Is.EqualTo(30).Within(1e-6));
        Assert.That(glyph.X, Is.EqualTo(10).Within(1e-6));
        Assert.That(glyph.Y, Is.EqualTo(780).Within(1e-6));
    }

    [TestCase("[(Hello) -300 (World)] TJ", "Hello World")]
    [TestCase("[(Hel) -20 (lo)] TJ", "Hello")]
    [TestCase("(Hello) Tj 14 TL T* (World) Tj", "Hello\nWorld")]
    [TestCase("10 TL (One) ' (Two) '", "One\nTwo")]
    [TestCase("5 Tw (a b) Tj", "a b")]
    public void ExtractText_SpacesWordsFromPositions(string operators, string expected)
    {
        var document = Read(PdfBuilder.OnePage($"BT /F1 12 Tf 72 700 Td {operators} ET"));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo(expected));
    }

    [Test]
    public void ActualText_ReplacesTheGlyphsOfItsSpan()
    {
        var document = Read(PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td /Span << /ActualText (fi) >> BDC (X) Tj EMC (sh) Tj ET"));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("fish"));
    }

    [Test]
    public void GlyphWithoutUnicode_IsCountedAndReported_NotPrinted()
    {
        const string font = "<< /Type /Font /Subtype /Type1 /BaseFont /Custom /FirstChar 65 /Widths [500 500] "
            + "/Encoding << /Differences [65 /g17 /B] >> >>";
        var document = Read(PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (AB) Tj ET", font));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("B"));
        Assert.That(document.UnmappedGlyphCount, Is.EqualTo(1));
        Assert.That(document.Diagnostics.Select(d => d.Code), Does.Contain(PdfRules.UnmappedGlyph.Code));
    }

    [Test]
    public void MissingFont_IsReported_AndTextStillRead()
    {
        var document = Read(PdfBuilder.OnePage("BT /F9 12 Tf 72 700 Td (abc) Tj ET"));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("abc"));
        Assert.That(document.Diagnostics.Select(d => d.Code), Does.Contain(PdfRules.MissingFont.Code));
    }

    [Test]
    public void InlineImage_IsSkipped_WithoutLosingFollowingText()
    {
        var document = Read(PdfBuilder.OnePage("BI /W 2 /H 1 /CS /G /BPC 8 ID \u00ff(EI\n EI Q BT /F1 12 Tf 72 700 Td (after) Tj ET"));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("after"));
    }

    [Test]
    public void CompositeFont_UsesToUnicode_ForTwoByteCodes()
    {
        var builder = PdfBuilder.WithOnePage();
        builder.AddStream("", "BT /F1 10 Tf 50 700 Td <00010002> Tj ET"u8.ToArray());
        builder.Add("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+NotoSansCJK /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>");
        builder.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NotoSansCJK /DW 1000 /W [1 [500]] >>");
        builder.AddFlateStream("", "1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0001> <65E5> <0002> <672C> endbfchar"u8.ToArray());
        var document = Read(builder.Build("/Root 1 0 R"));
        var glyphs = document.Pages[0].Glyphs;

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("日本"));
        Assert.That(glyphs[1].X - glyphs[0].X, Is.EqualTo(5).Within(1e-6), "CID 1 is 500 units wide");
        Assert.That(glyphs[0].FontName, Is.EqualTo("NotoSansCJK"));
    }

    [Test]
    public void Rotation_IsAppliedToDisplayedCoordinates()
    {
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 /Rotate 90 /MediaBox [0 0 600 800] >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        builder.AddStream("", "BT /F1 10 Tf 0 1 -1 0 500 100 Tm (Up) Tj ET"u8.ToArray());
        builder.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var page = Read(builder.Build("/Root 1 0 R")).Pages[0];

        Assert.That((page.Width, page.Height, page.Rotation), Is.EqualTo((800.0, 600.0, 90)));
        Assert.That(page.Glyphs[0].X, Is.EqualTo(100).Within(1e-6));
        Assert.That(page.Glyphs[0].Y, Is.EqualTo(500).Within(1e-6));
        Assert.That(page.ExtractText().TrimEnd(), Is.EqualTo("Up"));
    }

    [Test]
    public void RotatedText_IsReadAlongItsDirection()
    {
        var document = Read(PdfBuilder.OnePage(
            "BT /F1 10 Tf 72 700 Td (Across) Tj ET BT /F1 10 Tf 0 1 -1 0 300 100 Tm (Going up) Tj ET"));
        var up = document.Pages[0].Glyphs.First(g => g.Text == "G");

        Assert.That(up.Angle, Is.EqualTo(90).Within(1e-9));
        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("Across\n\nGoing up"), "rotated text is a block of its own");
    }

    [Test]
    public void BoldAndItalicHints_ComeFromTheFontName()
    {
        var glyph = Read(PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (x) Tj ET",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-BoldOblique >>")).Pages[0].Glyphs[0];

        Assert.That((glyph.IsBold, glyph.IsItalic), Is.EqualTo((true, true)));
    }
}
