namespace Ingest.Pdf.Layout;

/// <summary>Moves rotated text into a frame where it reads left to right, and boxes back onto the page.</summary>
internal static class TextFrame
{
    /// <summary>Coordinates in the frame of text rotated by <paramref name="degrees"/>.</summary>
    public static PdfGlyph Unrotate(PdfGlyph glyph, double degrees)
    {
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        return glyph with { X = (glyph.X * cos) - (glyph.Y * sin), Y = (glyph.X * sin) + (glyph.Y * cos) };
    }

    /// <summary>The page box around a box of the rotated frame.</summary>
    public static PdfBox RotateBack(PdfBox box, double degrees)
    {
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var result = new PdfBox(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var (x, y) in new[] { (box.Left, box.Top), (box.Right, box.Top), (box.Left, box.Bottom), (box.Right, box.Bottom) })
        {
            var px = (x * cos) + (y * sin);
            var py = (-x * sin) + (y * cos);
            result = result.Union(new PdfBox(px, py, px, py));
        }
        return result;
    }
}
