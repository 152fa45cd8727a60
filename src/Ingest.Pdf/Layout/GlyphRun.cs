namespace Ingest.Pdf.Layout;

/// <summary>Glyphs of one baseline, left to right, with no gap wide enough to be a column gutter between them.</summary>
internal sealed class GlyphRun(List<PdfGlyph> glyphs)
{
    public List<PdfGlyph> Glyphs { get; } = glyphs;

    public double Left { get; } = Extent(glyphs).Left;

    public double Right { get; } = Extent(glyphs).Right;

    /// <summary>The largest font size of its glyphs (superscripts and marks are smaller).</summary>
    public double Size { get; } = glyphs.Max(g => g.FontSize);

    private static (double Left, double Right) Extent(List<PdfGlyph> glyphs)
    {
        var left = double.MaxValue;
        var right = double.MinValue;
        foreach (var glyph in glyphs)
        {
            left = Math.Min(left, glyph.X);
            right = Math.Max(right, glyph.X + glyph.Advance);
        }
        return (left, right);
    }
}
