namespace Ingest.Core.Stages.Align;

/// <summary>Monotonic alignment of two section sequences by dynamic programming, in the spirit of Gale–Church:
/// moves 1:1, 1:2, 2:1 (matches) and 1:0, 0:1 (a section without counterpart).</summary>
/// <remarks>Maximizes the total of (score − minimum score) over the matches, less a penalty per merge, so a weak
/// match never pays for itself and a section with no counterpart is simply left out.</remarks>
public static class SequenceAligner
{
    private static readonly (int A, int B)[] Moves = [(1, 1), (2, 1), (1, 2)];

    public static IReadOnlyList<RunPair> Align(int n, int m, Func<int, int, int, int, PairScore> score, double minScore, double mergePenalty)
    {
        var best = new double[n + 1, m + 1];
        var move = new (int A, int B)[n + 1, m + 1];
        var scores = new PairScore?[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }
                // Skipping is free; ties go to skipping a section of the first sequence, then of the second, so the result is deterministic.
                (best[i, j], move[i, j]) = i > 0 && (j == 0 || best[i - 1, j] >= best[i, j - 1])
                    ? (best[i - 1, j], (1, 0))
                    : (best[i, j - 1], (0, 1));
                foreach (var (da, db) in Moves)
                {
                    if (i < da || j < db)
                    {
                        continue;
                    }
                    var pair = score(i - da, da, j - db, db);
                    var gain = pair.Score - minScore - (da + db > 2 ? mergePenalty : 0);
                    if (gain > 0 && best[i - da, j - db] + gain > best[i, j] + 1e-12)
                    {
                        best[i, j] = best[i - da, j - db] + gain;
                        move[i, j] = (da, db);
                        scores[i, j] = pair;
                    }
                }
            }
        }
        var pairs = new List<RunPair>();
        int x = n, y = m;
        while (x > 0 || y > 0)
        {
            var (da, db) = move[x, y];
            if (da > 0 && db > 0)
            {
                pairs.Add(new RunPair(x - da, da, y - db, db, scores[x, y]!));
            }
            x -= da;
            y -= db;
        }
        pairs.Reverse();
        return pairs;
    }
}
