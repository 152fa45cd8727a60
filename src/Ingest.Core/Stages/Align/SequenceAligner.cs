namespace Ingest.Core.Stages.Align;

/// <summary>Monotonic alignment of two section sequences by dynamic programming (1:1 matches, gaps free).</summary>
/// <remarks>Maximizes the total of (score − threshold) over the matches, so weak matches never pay for themselves.</remarks>
public static class SequenceAligner
{
    public static IReadOnlyList<(int I, int J)> Align(int n, int m, Func<int, int, double> score, double threshold)
    {
        var best = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var match = score(i, j) - threshold;
                best[i, j] = Math.Max(Math.Max(best[i + 1, j], best[i, j + 1]), match > 0 ? match + best[i + 1, j + 1] : double.MinValue);
            }
        }
        var pairs = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            var match = score(x, y) - threshold;
            if (match > 0 && Math.Abs(best[x, y] - (match + best[x + 1, y + 1])) < 1e-12)
            {
                pairs.Add((x, y));
                x++;
                y++;
            }
            else if (Math.Abs(best[x, y] - best[x + 1, y]) < 1e-12)
            {
                x++;
            }
            else
            {
                y++;
            }
        }
        return pairs;
    }
}
