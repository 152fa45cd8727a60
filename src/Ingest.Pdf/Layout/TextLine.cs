namespace Ingest.Pdf.Layout;

/// <summary>Glyphs sharing a baseline, in the order they are read.</summary>
internal sealed class TextLine(double baseline, double size)
{
    public double Baseline { get; private set; } = baseline;

    public double Size { get; private set; } = size;

    public List<PdfGlyph> Glyphs { get; } = [];

    public bool Accepts(PdfGlyph glyph) =>
        Math.Abs(glyph.Y - Baseline) < 0.5 * Math.Max(1, Math.Min(glyph.FontSize, Size) > 0 ? Math.Min(glyph.FontSize, Size) : Size);

    public void Add(PdfGlyph glyph)
    {
        if (Glyphs.Count == 0 || glyph.FontSize > Size)
        {
            // The largest glyph defines the baseline, so superscripts do not drag it.
            Baseline = glyph.Y;
            Size = Math.Max(Size, glyph.FontSize);
        }
        Glyphs.Add(glyph);
    }
}
