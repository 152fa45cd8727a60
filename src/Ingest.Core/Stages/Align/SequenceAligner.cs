namespace Ingest.Core.Stages.Align;

/// <summary>Monotonic alignment of two section sequences by dynamic programming, in the spirit of Gale–Church:
/// moves 1:1, 1:k and k:1 up to <c>maxRun</c> (matches) and 1:0, 0:1 (a section without counterpart).</summary>
/// <remarks>Maximizes the total of (score − minimum score) over the matches, less a penalty per merged section, so a
/// weak match never pays for itself and a section with no counterpart is simply left out. Runs longer than two
/// occur where one version splits a heading, a lead and numbered points that the other keeps in one section.</remarks>
public static class SequenceAligner
{
    public static IReadOnlyList<RunPair> Align(int n, int m, Func<int, int, int, int, PairScore> score, double minScore,
        double mergePenalty, int maxRun = 2)
    {
        var moves = new List<(int A, int B)> { (1, 1) };
        for (var k = 2; k <= maxRun; k++)
        {
            moves.Add((k, 1));
            moves.Add((1, k));
        }
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
                foreach (var (da, db) in moves)
                {
                    if (i < da || j < db)
                    {
                        continue;
                    }
                    var pair = score(i - da, da, j - db, db);
                    var gain = pair.Score - minScore - ((da + db - 2) * mergePenalty);
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
