using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed class MarkPlacementTests
{
    private static PdfGlyph Glyph(string text, double x, double advance) => new(text, x, 100, advance, 24, "F", false, false);

    private static string Text(List<PdfGlyph> glyphs) => string.Concat(MarkPlacement.LeftToRight(glyphs).Select(g => g.Text));

    [Test]
    public void AThaiToneMarkPaintedAfterItsConsonant_StaysWithIt_ThoughItStartsAtTheConsonantsEnd()
    {
        // "ว่า" as WeasyPrint paints it: the tone mark's origin is at the end of ว (its ink drawn leftwards), a little
        // past it, so its middle lies over า.
        List<PdfGlyph> glyphs = [Glyph("ว", 202.43, 12.34), Glyph("\u0E48", 215.33, 0), Glyph("า", 214.78, 10.44)];

        Assert.That(Text(glyphs), Is.EqualTo("ว\u0E48า"));
    }

    [Test]
    public void AMarkOverItsBase_GoesToThatBase_InWhateverOrderItWasPainted()
    {
        // An acute painted before its letter, over it.
        List<PdfGlyph> glyphs = [Glyph("c", 0, 10), Glyph("\u0301", 13, 0), Glyph("a", 10, 10)];

        Assert.That(Text(glyphs), Is.EqualTo("ca\u0301"));
    }

    [Test]
    public void AnArabicMarkPaintedBeforeItsBase_GoesToTheBaseUnderIt()
    {
        // Right-to-left runs are painted in visual order with each cluster's marks before its base: the shadda
        // painted after alef (left) sits over meem (right).
        List<PdfGlyph> glyphs = [Glyph("\u0627", 0, 5), Glyph("\u0651", 7, 0), Glyph("\u0645", 5, 10), Glyph("\u0644", 15, 5)];

        Assert.That(Text(glyphs), Is.EqualTo("\u0627\u0645\u0651\u0644"));
    }
}
