namespace Ingest.Pdf.Layout;

/// <summary>
/// Finds column gutters: a strip at least <see cref="PdfLayoutOptions.MinGutterWidth"/> body font sizes wide that
/// stays free of text over consecutive rows, with text on both sides of it in at least
/// <see cref="PdfLayoutOptions.MinGutterRows"/> of them, and columns wide enough to be text rather than table
/// cells. Wide word spaces of justified text do not line up over several rows; a gutter does. The best supported
/// strip is taken first; later ones only count text up to the gutters already found (the text of the next column
/// is no evidence for a strip inside this one).
/// </summary>
internal static class GutterFinder
{
    public static List<Gutter> Find(List<BaselineRow> rows, double minGap, PdfLayoutOptions options)
    {
        var candidates = new List<(int Row, double Left, double Right)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var runs = rows[i].Runs;
            for (var k = 0; k + 1 < runs.Count; k++)
            {
                if (runs[k + 1].Left - runs[k].Right >= minGap)
                {
                    candidates.Add((i, runs[k].Right, runs[k + 1].Left));
                }
            }
        }
        var gutters = new List<Gutter>();
        var byRow = new Dictionary<int, List<int>>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (!byRow.TryGetValue(candidates[c].Row, out var list))
            {
                byRow[candidates[c].Row] = list = [];
            }
            list.Add(c);
        }
        var results = new List<Grown>();
        while (candidates.Count > 0)
        {
            // Each strip is grown once: the candidates it passes through would give the same strip.
            results.Clear();
            var done = new bool[candidates.Count];
            for (var c = 0; c < candidates.Count; c++)
            {
                if (done[c] || IsCovered(gutters, rows[candidates[c].Row], (candidates[c].Left + candidates[c].Right) / 2))
                {
                    continue;
                }
                var grown = Grow(rows, candidates[c].Row, candidates[c].Left, candidates[c].Right, minGap, gutters, options);
                var middle = grown.Gutter.Middle;
                for (var r = grown.First; r <= grown.Last; r++)
                {
                    foreach (var other in byRow.GetValueOrDefault(r) ?? [])
                    {
                        done[other] |= candidates[other].Left <= middle && middle <= candidates[other].Right;
                    }
                }
                if (IsSupported(grown, options))
                {
                    results.Add(grown);
                }
            }
            results.Sort((a, b) => b.Supported.Count != a.Supported.Count
                ? b.Supported.Count.CompareTo(a.Supported.Count) : a.Gutter.Top.CompareTo(b.Gutter.Top));
            var chosen = results.Find(g => ColumnsAreText(rows, g.Supported, g.Gutter.Left, g.Gutter.Right, options));
            if (chosen is null)
            {
                break;
            }
            gutters.Add(chosen.Gutter);
        }
        return gutters;
    }

    /// <summary>A strip grown over rows First..Last; Supported are the rows with text on both sides, LeftRows and RightRows those with text on each side.</summary>
    private sealed record Grown(Gutter Gutter, List<(int Row, double Low, double High)> Supported, int First, int Last,
        int LeftRows, int RightRows);

    /// <summary>
    /// Text on both sides in enough rows; or, for text set at another line pitch beside the body (a margin note, a
    /// sidebar in smaller type), whose rows rarely share a baseline with the body's: text on each side in enough
    /// rows and on both sides in at least one (else the strip cuts nothing).
    /// </summary>
    private static bool IsSupported(Grown grown, PdfLayoutOptions options) =>
        grown.Supported.Count >= options.MinGutterRows
        || (grown.Supported.Count > 0 && Math.Min(grown.LeftRows, grown.RightRows) >= options.MinGutterRows);

    private static bool IsCovered(List<Gutter> gutters, BaselineRow row, double x) =>
        gutters.Exists(g => g.Spans(row.Baseline, 0) && g.Left <= x && x <= g.Right);

    private static Grown Grow(List<BaselineRow> rows, int start, double left, double right, double minGap,
        List<Gutter> gutters, PdfLayoutOptions options)
    {
        var supported = new List<(int Row, double Low, double High)>();
        var (leftRows, rightRows) = (0, 0);
        var first = start;
        var last = start;
        foreach (var step in new[] { 0, 1, -1 })
        {
            for (var j = start + step; j >= 0 && j < rows.Count; j += step)
            {
                var row = rows[j];
                if (step != 0)
                {
                    var neighbour = rows[j - step];
                    if (Math.Abs(row.Baseline - neighbour.Baseline) > options.MaxGutterRowGap * Math.Max(row.Size, neighbour.Size))
                    {
                        break;
                    }
                }
                var middle = (left + right) / 2;
                var (low, high) = Bounds(gutters, row, middle);
                if (row.FreeAround(middle, low, high) is not { } free)
                {
                    break;
                }
                var newLeft = Math.Max(left, free.Left);
                var newRight = Math.Min(right, free.Right);
                if (newRight - newLeft < minGap)
                {
                    break;
                }
                (left, right) = (newLeft, newRight);
                if (free.HasLeft && free.HasRight)
                {
                    supported.Add((j, low, high));
                }
                leftRows += free.HasLeft ? 1 : 0;
                rightRows += free.HasRight ? 1 : 0;
                (first, last) = (Math.Min(first, j), Math.Max(last, j));
                if (step == 0)
                {
                    break;
                }
            }
        }
        return new Grown(new Gutter(left, right, rows[first].Baseline, rows[last].Baseline), supported, first, last,
            leftRows, rightRows);
    }

    /// <summary>The gutters already found on either side of x in this row: text beyond them belongs to other columns.</summary>
    private static (double Low, double High) Bounds(List<Gutter> gutters, BaselineRow row, double x)
    {
        var low = double.NegativeInfinity;
        var high = double.PositiveInfinity;
        foreach (var gutter in gutters)
        {
            if (gutter.Spans(row.Baseline, row.Size))
            {
                if (gutter.Middle <= x)
                {
                    low = Math.Max(low, gutter.Middle);
                }
                else
                {
                    high = Math.Min(high, gutter.Middle);
                }
            }
        }
        return (low, high);
    }

    /// <summary>Text on both sides spans several words' width in most rows (not a table of short cells).</summary>
    private static bool ColumnsAreText(List<BaselineRow> rows, List<(int Row, double Low, double High)> supported, double left, double right,
        PdfLayoutOptions options)
    {
        var widths = new List<double>(supported.Count);
        foreach (var (index, low, high) in supported)
        {
            var row = rows[index];
            var leftEdge = left;
            var rightEdge = right;
            foreach (var run in row.Runs)
            {
                if (run.Right <= left + 0.01 && run.Left >= low)
                {
                    leftEdge = Math.Min(leftEdge, run.Left);
                }
                else if (run.Left >= right - 0.01 && run.Right <= high)
                {
                    rightEdge = Math.Max(rightEdge, run.Right);
                }
            }
            widths.Add(Math.Min(left - leftEdge, rightEdge - right) / row.Size);
        }
        widths.Sort();
        return widths.Count > 0 && widths[widths.Count / 2] >= options.MinColumnWidth;
    }
}
