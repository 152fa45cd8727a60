namespace Ingest.Pdf.Layout;

/// <summary>
/// Turns a page's glyphs into lines with text, box and dominant font: horizontal lines top to bottom, then each
/// direction of rotated text read in its own frame, then vertical columns right to left.
/// </summary>
internal static class LineBuilder
{
    /// <summary>Share of the font size above the baseline and below it, for boxes (fonts rarely say more).</summary>
    private const double Ascent = 0.8;
    private const double Descent = 0.2;

    public static List<LayoutLine> Build(IReadOnlyList<PdfGlyph> glyphs)
    {
        var horizontal = new List<PdfGlyph>(glyphs.Count);
        var vertical = new List<PdfGlyph>();
        SortedDictionary<double, List<PdfGlyph>>? rotated = null;
        foreach (var glyph in glyphs)
        {
            if (glyph.Text.Length == 0)
            {
                continue;
            }
            if (glyph.IsVertical)
            {
                vertical.Add(glyph);
            }
            else if (glyph.Angle == 0)
            {
                horizontal.Add(glyph);
            }
            else
            {
                rotated ??= [];
                var key = Math.Round(glyph.Angle);
                if (!rotated.TryGetValue(key, out var group))
                {
                    rotated[key] = group = [];
                }
                group.Add(glyph);
            }
        }
        var lines = new List<LayoutLine>();
        AddHorizontal(horizontal, 0, lines);
        foreach (var (angle, group) in rotated ?? [])
        {
            AddHorizontal(group.ConvertAll(g => TextFrame.Unrotate(g, angle)), angle, lines);
        }
        AddVertical(vertical, lines);
        return lines;
    }

    private static void AddHorizontal(List<PdfGlyph> glyphs, double angle, List<LayoutLine> lines)
    {
        foreach (var group in BaselineGrouper.Group(glyphs))
        {
            var ordered = MarkPlacement.LeftToRight(group.Glyphs);
            var text = BidiReorder.ToLogical(LinePieces.Build(ordered, horizontal: true));
            if (text.Length == 0)
            {
                continue;
            }
            var box = new PdfBox(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
            foreach (var glyph in ordered)
            {
                box = box.Union(new PdfBox(glyph.X, glyph.Y - (Ascent * glyph.FontSize), glyph.X + glyph.Advance,
                    glyph.Y + (Descent * glyph.FontSize)));
            }
            if (angle != 0)
            {
                box = TextFrame.RotateBack(box, angle);
            }
            lines.Add(Make(text, box, ordered, group.Baseline));
        }
    }

    /// <summary>Vertical text: a column of glyphs top to bottom is a line; columns right to left.</summary>
    private static void AddVertical(List<PdfGlyph> glyphs, List<LayoutLine> lines)
    {
        var columns = glyphs.GroupBy(g => Math.Round(g.X / Math.Max(1, g.FontSize))).OrderByDescending(c => c.Key);
        foreach (var column in columns)
        {
            var ordered = column.OrderBy(g => g.Y).ToList();
            var text = string.Concat(LinePieces.Build(ordered, horizontal: false));
            if (text.Length == 0)
            {
                continue;
            }
            var box = new PdfBox(ordered.Min(g => g.X - (g.FontSize / 2)), ordered[0].Y, ordered.Max(g => g.X + (g.FontSize / 2)),
                ordered.Max(g => g.Y + g.Advance));
            lines.Add(Make(text, box, ordered, box.Top));
        }
    }

    private static LayoutLine Make(string text, PdfBox box, List<PdfGlyph> glyphs, double baseline)
    {
        var fonts = new DominantFont();
        foreach (var glyph in glyphs)
        {
            fonts.Add(glyph.FontSize, glyph.FontName, glyph.IsBold, glyph.IsItalic, glyph.Text.Length);
        }
        var (size, name, bold, italic) = fonts.Result();
        return new LayoutLine(new PdfTextLine(text, box, size, name, bold, italic), baseline, text.Length);
    }
}
