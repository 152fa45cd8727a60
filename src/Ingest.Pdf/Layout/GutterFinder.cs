namespace Ingest.Pdf.Layout;

/// <summary>
/// Finds column gutters: a strip at least <see cref="PdfLayoutOptions.MinGutterWidth"/> body font sizes wide that stays
/// free of text over consecutive rows, with text on both sides of it in at least
/// <see cref="PdfLayoutOptions.MinGutterRows"/> of them, and columns wide enough to be text rather than table
/// cells. Wide word spaces of justified text do not line up over several rows; a gutter does.
/// </summary>
internal static class GutterFinder
{
    public static List<Gutter> Find(List<BaselineRow> rows, double minGap, PdfLayoutOptions options)
    {
        var gutters = new List<Gutter>();
        for (var i = 0; i < rows.Count; i++)
        {
            var runs = rows[i].Runs;
            for (var k = 0; k + 1 < runs.Count; k++)
            {
                var left = runs[k].Right;
                var right = runs[k + 1].Left;
                var middle = (left + right) / 2;
                if (right - left < minGap
                    || gutters.Exists(g => g.Spans(rows[i].Baseline, 0) && g.Left <= middle && middle <= g.Right))
                {
                    continue;
                }
                if (Grow(rows, i, left, right, minGap, options) is { } gutter)
                {
                    gutters.Add(gutter);
                }
            }
        }
        return gutters;
    }

    private static Gutter? Grow(List<BaselineRow> rows, int start, double left, double right, double minGap, PdfLayoutOptions options)
    {
        var supported = new List<int> { start };
        var first = start;
        var last = start;
        foreach (var step in new[] { 1, -1 })
        {
            for (var j = start + step; j >= 0 && j < rows.Count; j += step)
            {
                var row = rows[j];
                var neighbour = rows[j - step];
                if (Math.Abs(row.Baseline - neighbour.Baseline) > options.MaxGutterRowGap * Math.Max(row.Size, neighbour.Size))
                {
                    break;
                }
                var free = row.FreeAround((left + right) / 2);
                if (free is not { } f)
                {
                    break;
                }
                var newLeft = Math.Max(left, f.Left);
                var newRight = Math.Min(right, f.Right);
                if (newRight - newLeft < minGap)
                {
                    break;
                }
                (left, right) = (newLeft, newRight);
                if (f.HasLeft && f.HasRight)
                {
                    supported.Add(j);
                }
                (first, last) = step > 0 ? (first, j) : (j, last);
            }
        }
        if (supported.Count < options.MinGutterRows || !ColumnsAreText(rows, supported, left, right, options))
        {
            return null;
        }
        return new Gutter(left, right, rows[first].Baseline, rows[last].Baseline);
    }

    /// <summary>Text on both sides spans several words' width in most rows (not a table of short cells).</summary>
    private static bool ColumnsAreText(List<BaselineRow> rows, List<int> supported, double left, double right, PdfLayoutOptions options)
    {
        var widths = new List<double>(supported.Count);
        foreach (var index in supported)
        {
            var row = rows[index];
            var leftWidth = left - row.Runs.Where(r => r.Right <= left + 0.01).Select(r => r.Left).DefaultIfEmpty(left).Min();
            var rightWidth = row.Runs.Where(r => r.Left >= right - 0.01).Select(r => r.Right).DefaultIfEmpty(right).Max() - right;
            widths.Add(Math.Min(leftWidth, rightWidth) / row.Size);
        }
        widths.Sort();
        return widths[widths.Count / 2] >= options.MinColumnWidth;
    }
}
