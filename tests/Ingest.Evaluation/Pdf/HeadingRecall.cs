namespace Ingest.Evaluation.Pdf;

/// <summary>How many known headings were found (by text), how many of those at the right level, and how many headings were found in all.</summary>
internal sealed record HeadingRecall(int Truth, int Found, int Matched, int RightLevel)
{
    public double Recall => Truth == 0 ? 1 : (double)Matched / Truth;

    public double LevelRecall => Truth == 0 ? 1 : (double)RightLevel / Truth;

    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    /// <summary>Matches in reading order: each known heading takes the first unused found heading with the same text (on its page, where both pages are known).</summary>
    public static HeadingRecall Of(IReadOnlyList<HeadingTruth> truth, IReadOnlyList<HeadingTruth> found)
    {
        var keys = found.Select(f => HeadingTruth.Key(f.Text)).ToList();
        var used = new bool[found.Count];
        int matched = 0, rightLevel = 0;
        foreach (var item in truth)
        {
            var key = HeadingTruth.Key(item.Text);
            var hit = Enumerable.Range(0, found.Count).FirstOrDefault(i => !used[i] && keys[i] == key && item.OnPageOf(found[i]), -1);
            if (hit < 0)
            {
                continue;
            }
            used[hit] = true;
            matched++;
            rightLevel += found[hit].Level == item.Level ? 1 : 0;
        }
        return new HeadingRecall(truth.Count, found.Count, matched, rightLevel);
    }

    /// <summary>The known headings missed ("- "), found at another level ("~ "), and the found ones nothing known matched ("+ "), in reading order of each list.</summary>
    public static IEnumerable<string> Differences(IReadOnlyList<HeadingTruth> truth, IReadOnlyList<HeadingTruth> found)
    {
        var keys = found.Select(f => HeadingTruth.Key(f.Text)).ToList();
        var used = new bool[found.Count];
        foreach (var item in truth)
        {
            var key = HeadingTruth.Key(item.Text);
            var hit = Enumerable.Range(0, found.Count).FirstOrDefault(i => !used[i] && keys[i] == key && item.OnPageOf(found[i]), -1);
            if (hit < 0)
            {
                yield return $"- {item.Level} {item.Text}";
                continue;
            }
            used[hit] = true;
            if (found[hit].Level != item.Level)
            {
                yield return $"~ {item.Level}->{found[hit].Level} {item.Text}";
            }
        }
        for (var i = 0; i < found.Count; i++)
        {
            if (!used[i])
            {
                yield return $"+ {found[i].Level} {found[i].Text}";
            }
        }
    }

    public static HeadingRecall Sum(IEnumerable<HeadingRecall> all) =>
        all.Aggregate(new HeadingRecall(0, 0, 0, 0), (a, b) => new HeadingRecall(a.Truth + b.Truth, a.Found + b.Found, a.Matched + b.Matched, a.RightLevel + b.RightLevel));
}
