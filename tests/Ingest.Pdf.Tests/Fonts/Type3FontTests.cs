using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Fonts;

public sealed class Type3FontTests
{
    [Test]
    public void Type3Font_UsesFontMatrixForAdvances_AndDifferencesForText()
    {
        const string font = "<< /Type /Font /Subtype /Type3 /FontMatrix [0.01 0 0 0.01 0 0] /FontBBox [0 0 100 100] "
            + "/FirstChar 1 /LastChar 2 /Widths [50 60] /Encoding << /Type /Encoding /Differences [1 /O /K] >> /CharProcs << >> >>";
        var document = new PdfReader().Read(PdfBuilder.OnePage("BT /F1 10 Tf 100 700 Td <0102> Tj ET", font));
        var glyphs = document.Pages[0].Glyphs;

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("OK"));
        Assert.That(glyphs[0].Advance, Is.EqualTo(5).Within(1e-9), "50 glyph units × 0.01 × size 10");
        Assert.That(glyphs[0].FontSize, Is.EqualTo(100).Within(1e-9), "the font matrix scales glyph space 10 times more than 0.001");
    }

    [TestCase("Symbol", "abg", "\u03B1\u03B2\u03B3")]
    [TestCase("ZapfDingbats", "4", "\u2714")]
    public void NonEmbeddedSymbolFonts_UseTheirBuiltInEncodings(string baseFont, string codes, string expected)
    {
        var document = new PdfReader().Read(PdfBuilder.OnePage($"BT /F1 10 Tf 100 700 Td ({codes}) Tj ET",
            $"<< /Type /Font /Subtype /Type1 /BaseFont /{baseFont} >>"));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo(expected));
    }

    [Test]
    public void EmbeddedType1BuiltInEncoding_IsUsed_WhenTheFontHasNoEncoding()
    {
        var builder = PdfBuilder.WithOnePage();
        builder.AddStream("", "BT /F1 10 Tf 100 700 Td <0B0C> Tj ET"u8.ToArray());
        builder.Add("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMR10 /FirstChar 11 /LastChar 12 /Widths [583 556] /FontDescriptor 6 0 R >>");
        builder.Add("<< /Type /FontDescriptor /FontName /ABCDEF+CMR10 /Flags 4 /FontFile 7 0 R >>");
        builder.AddStream("/Length1 120 /Length2 0 /Length3 0",
            "%!PS-AdobeFont-1.0: CMR10\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 11 /ff put\ndup 12 /fi put\nreadonly def\ncurrentfile eexec\n"u8.ToArray());

        var document = new PdfReader().Read(builder.Build("/Root 1 0 R"));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("fffi"));
    }
}
