namespace Ingest.Pdf.Layout;

/// <summary>
/// Finds column gutters: a strip at least <see cref="PdfLayoutOptions.MinGutterWidth"/> body font sizes wide that
/// stays free of text over consecutive rows, with text on both sides of it in at least
/// <see cref="PdfLayoutOptions.MinGutterRows"/> of them, and columns wide enough to be text rather than table
/// cells. Wide word spaces of justified text do not line up over several rows; a gutter does. The best supported
/// strip is taken first; later ones only count text up to the gutters already found (the text of the next column
/// is no evidence for a strip inside this one). Beside smaller type at its own line pitch (a margin note, a sidebar),
/// whose rows seldom share a baseline with the body's, text on each side in enough rows is support too (<see cref="IsSupported"/>).
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

    /// <summary>
    /// A strip grown over rows First..Last; Supported are the rows with text on both sides; LeftSizes and RightSizes
    /// the sizes of the nearest text on each side, per row that has some; SizeChanges the supported rows whose two
    /// sides differ in size.
    /// </summary>
    private sealed record Grown(Gutter Gutter, List<(int Row, double Low, double High)> Supported, int First, int Last,
        List<double> LeftSizes, List<double> RightSizes, int SizeChanges);

    /// <summary>
    /// Text on both sides in enough rows; or, for smaller type set at its own line pitch beside the body (a margin
    /// note, a sidebar), whose rows rarely share a baseline with the body's: text on each side in enough rows, on
    /// both sides in at least one (else the strip cuts nothing), smaller type on one side than on the other (medians)
    /// and in most rows that have both. A table's columns in one size need their rows side by side, as before.
    /// </summary>
    private static bool IsSupported(Grown grown, PdfLayoutOptions options)
    {
        if (grown.Supported.Count >= options.MinGutterRows)
        {
            return true;
        }
        if (grown.Supported.Count == 0 || Math.Min(grown.LeftSizes.Count, grown.RightSizes.Count) < options.MinGutterRows
            || 2 * grown.SizeChanges < grown.Supported.Count)
        {
            return false;
        }
        var (left, right) = (Median(grown.LeftSizes), Median(grown.RightSizes));
        return IsSmaller(Math.Min(left, right), Math.Max(left, right));
    }

    private static bool IsSmaller(double small, double large) => small <= AsidePlacement.SmallerType * large;

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static bool IsCovered(List<Gutter> gutters, BaselineRow row, double x) =>
        gutters.Exists(g => g.Spans(row.Baseline, 0) && g.Left <= x && x <= g.Right);

    private static Grown Grow(List<BaselineRow> rows, int start, double left, double right, double minGap,
        List<Gutter> gutters, PdfLayoutOptions options)
    {
        var supported = new List<(int Row, double Low, double High)>();
        var leftSizes = new List<double>();
        var rightSizes = new List<double>();
        var sizeChanges = 0;
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
                var leftSize = free.HasLeft ? SizeAt(row, free.Left, atRight: true) : 0;
                var rightSize = free.HasRight ? SizeAt(row, free.Right, atRight: false) : 0;
                if (free.HasLeft && free.HasRight)
                {
                    supported.Add((j, low, high));
                    sizeChanges += IsSmaller(Math.Min(leftSize, rightSize), Math.Max(leftSize, rightSize)) ? 1 : 0;
                }
                if (free.HasLeft)
                {
                    leftSizes.Add(leftSize);
                }
                if (free.HasRight)
                {
                    rightSizes.Add(rightSize);
                }
                (first, last) = (Math.Min(first, j), Math.Max(last, j));
                if (step == 0)
                {
                    break;
                }
            }
        }
        return new Grown(new Gutter(left, right, rows[first].Baseline, rows[last].Baseline), supported, first, last,
            leftSizes, rightSizes, sizeChanges);
    }

    /// <summary>The size of the row's run that ends (or starts) at x.</summary>
    private static double SizeAt(BaselineRow row, double x, bool atRight)
    {
        foreach (var run in row.Runs)
        {
            if ((atRight ? run.Right : run.Left) == x)
            {
                return run.Size;
            }
        }
        return row.Size;
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
