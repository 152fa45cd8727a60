namespace Ingest.Pdf.Layout;

/// <summary>Glyphs of one baseline, left to right, with no gap wide enough to be a column gutter between them.</summary>
internal sealed class GlyphRun(List<PdfGlyph> glyphs)
{
    public List<PdfGlyph> Glyphs { get; } = glyphs;

    public double Left { get; } = glyphs.Min(g => g.X);

    public double Right { get; } = glyphs.Max(g => g.X + g.Advance);
}
