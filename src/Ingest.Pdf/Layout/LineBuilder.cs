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

    public static List<LayoutLine> Build(IReadOnlyList<PdfGlyph> glyphs, PdfLayoutOptions options) =>
        Build(glyphs, options, out _);

    /// <summary>The lines, and the column gutters found among the horizontal ones.</summary>
    public static List<LayoutLine> Build(IReadOnlyList<PdfGlyph> glyphs, PdfLayoutOptions options, out List<Gutter> gutters)
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
        gutters = AddHorizontal(horizontal, 0, options, lines);
        foreach (var (angle, group) in rotated ?? [])
        {
            AddHorizontal(group.ConvertAll(g => TextFrame.Unrotate(g, angle)), angle, options, lines);
        }
        AddVertical(vertical, lines);
        return lines;
    }

    private static List<Gutter> AddHorizontal(List<PdfGlyph> glyphs, double angle, PdfLayoutOptions options, List<LayoutLine> lines)
    {
        // Gutters are measured against the page's body size: a heading beside a column is no wider apart.
        var sizes = new DominantFont();
        foreach (var glyph in glyphs)
        {
            sizes.Add(glyph.FontSize, "", false, false, 1);
        }
        var minGap = options.MinGutterWidth * Math.Max(1, sizes.Result().Size);
        var rows = new List<BaselineRow>();
        foreach (var group in BaselineGrouper.Group(glyphs))
        {
            rows.Add(new BaselineRow(group.Baseline, group.Size, SplitRuns(MarkPlacement.LeftToRight(group.Glyphs), minGap)));
        }
        var gutters = GutterFinder.Find(rows, minGap, options);
        foreach (var row in rows)
        {
            var piece = new List<PdfGlyph>();
            for (var k = 0; k < row.Runs.Count; k++)
            {
                piece.AddRange(row.Runs[k].Glyphs);
                var last = k == row.Runs.Count - 1;
                if (last || IsCut(gutters, row, row.Runs[k].Right, row.Runs[k + 1].Left)
                    || row.Runs[k + 1].Left - row.Runs[k].Right >= options.LineBreakGap / options.MinGutterWidth * minGap)
                {
                    if (MakeLine(piece, angle) is { } line)
                    {
                        lines.Add(line);
                    }
                    piece = [];
                }
            }
        }
        return gutters;
    }

    private static bool IsCut(List<Gutter> gutters, BaselineRow row, double left, double right) =>
        gutters.Exists(g => g.Spans(row.Baseline, row.Size) && left <= g.Middle && g.Middle <= right);

    /// <summary>Splits a row's glyphs (left to right) where the gap could be a gutter.</summary>
    private static List<GlyphRun> SplitRuns(List<PdfGlyph> ordered, double minGap)
    {
        var runs = new List<GlyphRun>();
        var current = new List<PdfGlyph>();
        var right = double.NegativeInfinity;
        foreach (var glyph in ordered)
        {
            if (current.Count > 0 && glyph.X - right >= minGap
                && !MarkPlacement.IsMark(glyph.Text))
            {
                runs.Add(new GlyphRun(current));
                current = [];
                right = double.NegativeInfinity;
            }
            current.Add(glyph);
            right = Math.Max(right, glyph.X + glyph.Advance);
        }
        if (current.Count > 0)
        {
            runs.Add(new GlyphRun(current));
        }
        return runs;
    }

    private static LayoutLine? MakeLine(List<PdfGlyph> ordered, double angle)
    {
        var text = BidiReorder.ToLogical(LinePieces.Build(ordered, horizontal: true));
        if (text.Length == 0)
        {
            return null;
        }
        var box = new PdfBox(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        var baseline = ordered[0].Y;
        var size = 0.0;
        foreach (var glyph in ordered)
        {
            box = box.Union(new PdfBox(glyph.X, glyph.Y - (Ascent * glyph.FontSize), glyph.X + glyph.Advance,
                glyph.Y + (Descent * glyph.FontSize)));
            if (glyph.FontSize > size)
            {
                // The largest glyph gives the baseline, so a superscript does not move it.
                (size, baseline) = (glyph.FontSize, glyph.Y);
            }
        }
        if (angle != 0)
        {
            box = TextFrame.RotateBack(box, angle);
        }
        return Make(text, box, ordered, baseline, (int)angle);
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
            lines.Add(Make(text, box, ordered, box.Top, LayoutLine.VerticalFrame));
        }
    }

    private static LayoutLine Make(string text, PdfBox box, List<PdfGlyph> glyphs, double baseline, int frame)
    {
        var fonts = new DominantFont();
        foreach (var glyph in glyphs)
        {
            fonts.Add(glyph.FontSize, glyph.FontName, glyph.IsBold, glyph.IsItalic, glyph.Text.Length);
        }
        var (size, name, bold, italic) = fonts.Result();
        return new LayoutLine(new PdfTextLine(text, box, size, name, bold, italic), baseline, text.Length, frame);
    }
}
