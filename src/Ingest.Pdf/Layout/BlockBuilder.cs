namespace Ingest.Pdf.Layout;

/// <summary>
/// Groups lines into blocks. A horizontal line joins the block whose last line is the nearest above it among those
/// it overlaps horizontally, when it follows at the block's line spacing, in the same font size and weight, and
/// does not start a paragraph by its indent. Rotated and vertical lines group with the previous line of their frame.
/// </summary>
internal static class BlockBuilder
{
    public static List<List<LayoutLine>> Build(IReadOnlyList<LayoutLine> lines, PdfLayoutOptions options)
    {
        var blocks = new List<List<LayoutLine>>();
        var horizontal = lines.Where(l => l.Frame == 0).OrderBy(l => l.Baseline).ThenBy(l => l.Box.Left).ToList();
        var columns = new Dictionary<LayoutLine, (double Left, double Right)>(ReferenceEqualityComparer.Instance);
        (double Left, double Right) ColumnOf(LayoutLine line) =>
            columns.TryGetValue(line, out var edges) ? edges : columns[line] = ColumnEdges(horizontal, line);
        foreach (var line in horizontal)
        {
            List<LayoutLine>? above = null;
            foreach (var block in blocks)
            {
                var last = block[^1];
                if (last.Baseline < line.Baseline && Overlap(last.Box, line.Box) > 0
                    && (above is null || last.Baseline > above[^1].Baseline))
                {
                    above = block;
                }
            }
            if (above is not null && Continues(above, line, ColumnOf, options))
            {
                above.Add(line);
            }
            else
            {
                blocks.Add([line]);
            }
        }
        foreach (var frame in lines.Where(l => l.Frame != 0).GroupBy(l => l.Frame))
        {
            List<LayoutLine>? current = null;
            foreach (var line in frame)
            {
                if (current is not null && Spaced(current[^1], line, options) && SameFont(current[^1], line, options))
                {
                    current.Add(line);
                }
                else
                {
                    current = [line];
                    blocks.Add(current);
                }
            }
        }
        return blocks;
    }

    private static double Overlap(PdfBox a, PdfBox b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);

    /// <summary>
    /// Where full lines start and end around each line: the 10th percentile of the left edges and the 90th of the
    /// right edges of the lines it overlaps horizontally (its column; a few wider lines such as a title or a
    /// running header do not count).
    /// </summary>
    private static (double Left, double Right) ColumnEdges(List<LayoutLine> lines, LayoutLine line)
    {
        // The line itself always counts: a line of zero-width glyphs overlaps nothing, not even itself.
        var lefts = new List<double> { line.Box.Left };
        var rights = new List<double> { line.Box.Right };
        foreach (var other in lines)
        {
            if (!ReferenceEquals(other, line) && Overlap(other.Box, line.Box) > 0)
            {
                lefts.Add(other.Box.Left);
                rights.Add(other.Box.Right);
            }
        }
        lefts.Sort();
        rights.Sort();
        return (lefts[(int)(0.1 * (lefts.Count - 1))], rights[(int)(0.9 * (rights.Count - 1))]);
    }

    private static bool Continues(List<LayoutLine> block, LayoutLine line, Func<LayoutLine, (double Left, double Right)> column, PdfLayoutOptions options)
    {
        var last = block[^1];
        if (!Spaced(last, line, options) || !SameFont(last, line, options))
        {
            return false;
        }
        var size = Math.Max(last.Size, line.Size);
        if (block.Count >= 2)
        {
            var pitch = last.Baseline - block[^2].Baseline;
            if (line.Baseline - last.Baseline > (1.3 * pitch) + (0.1 * size))
            {
                return false;
            }
        }
        return !StartsParagraph(block, line, column, options);
    }

    private static bool Spaced(LayoutLine above, LayoutLine line, PdfLayoutOptions options)
    {
        var gap = line.Baseline - above.Baseline;
        return gap > 0 && gap <= options.MaxLineSpacing * Math.Max(above.Size, line.Size);
    }

    private static bool SameFont(LayoutLine a, LayoutLine b, PdfLayoutOptions options) =>
        Math.Abs(a.Size - b.Size) <= options.FontSizeTolerance * Math.Max(a.Size, b.Size) && a.Line.IsBold == b.Line.IsBold;

    /// <summary>An indented first line after a line that ended short of the full width (TeX paragraphs have no space between them).</summary>
    private static bool StartsParagraph(List<LayoutLine> block, LayoutLine line, Func<LayoutLine, (double Left, double Right)> columnOf, PdfLayoutOptions options)
    {
        var last = block[^1];
        var size = line.Size;
        // A block of one line cannot tell its own margin and full width: the column's full lines tell them.
        var single = block.Count == 1;
        var column = single ? columnOf(line) : default;
        var margin = single ? Math.Min(last.Box.Left, column.Left) : block.Min(l => l.Box.Left);
        var indent = line.Box.Left - margin;
        if (indent < options.ParagraphIndent * size || indent > 6 * size)
        {
            return false;
        }
        var centred = Math.Abs(((line.Box.Left + line.Box.Right) / 2) - ((last.Box.Left + last.Box.Right) / 2)) < 0.5 * size;
        var right = Math.Max(line.Box.Right, single ? Math.Max(last.Box.Right, column.Right) : block.Max(l => l.Box.Right));
        return !centred && last.Box.Right < right - size;
    }
}
