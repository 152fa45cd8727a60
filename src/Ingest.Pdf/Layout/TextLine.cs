namespace Ingest.Pdf.Layout;

/// <summary>Glyphs sharing a baseline, in the order they are read.</summary>
internal sealed class TextLine(double baseline, double size)
{
    public double Baseline { get; private set; } = baseline;

    public double Size { get; private set; } = size;

    public List<PdfGlyph> Glyphs { get; } = [];

    public double Left { get; private set; } = double.MaxValue;

    public double Right { get; private set; } = double.MinValue;

    /// <summary>
    /// On the baseline within a quarter of the smaller size: lines of small text beside a large heading (another
    /// column) stay apart; superscripts and footnote marks join later (<see cref="BaselineGrouper"/>).
    /// </summary>
    public bool Accepts(PdfGlyph glyph) => Math.Abs(glyph.Y - Baseline) < 0.25 * Math.Max(1, Math.Min(glyph.FontSize, Size));

    public void Add(PdfGlyph glyph)
    {
        if (Glyphs.Count == 0 || glyph.FontSize > Size)
        {
            // The largest glyph defines the baseline, so superscripts do not drag it.
            Baseline = glyph.Y;
            Size = Math.Max(Size, glyph.FontSize);
        }
        Glyphs.Add(glyph);
        Left = Math.Min(Left, glyph.X);
        Right = Math.Max(Right, glyph.X + glyph.Advance);
    }

    public void Absorb(TextLine other)
    {
        foreach (var glyph in other.Glyphs)
        {
            Glyphs.Add(glyph);
            Left = Math.Min(Left, glyph.X);
            Right = Math.Max(Right, glyph.X + glyph.Advance);
        }
    }

    /// <summary>Whether a glyph of this line lies within <paramref name="distance"/> of [left, right].</summary>
    public bool Touches(double left, double right, double distance) =>
        Glyphs.Exists(g => g.X <= right + distance && g.X + g.Advance >= left - distance);
}
