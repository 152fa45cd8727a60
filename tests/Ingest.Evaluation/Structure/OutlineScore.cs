namespace Ingest.Evaluation.Structure;

/// <summary>Precision and recall of titled sections against the truth, and the share of matched sections with the right parent.</summary>
internal sealed record OutlineScore(int Truth, int Found, int Matched, int RightParent)
{
    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    public double Recall => Truth == 0 ? 1 : (double)Matched / Truth;

    public double ParentAccuracy => Matched == 0 ? 1 : (double)RightParent / Matched;

    public static OutlineScore Of(IReadOnlyList<OutlineItem> truth, IReadOnlyList<OutlineItem> found, bool checkParents)
    {
        var pool = truth.Where(t => t.Title.Length > 0).ToList();
        var titled = found.Where(f => f.Title.Length > 0).ToList();
        int matched = 0, rightParent = 0;
        foreach (var item in titled)
        {
            var hit = pool.FindIndex(t => t.Key == item.Key);
            if (hit < 0)
            {
                continue;
            }
            matched++;
            rightParent += checkParents && pool[hit].Parent == item.Parent ? 1 : 0;
            pool.RemoveAt(hit);
        }
        return new OutlineScore(truth.Count(t => t.Title.Length > 0), titled.Count, matched, rightParent);
    }

    public static OutlineScore Sum(IEnumerable<OutlineScore> scores) =>
        scores.Aggregate(new OutlineScore(0, 0, 0, 0), (a, b) => new OutlineScore(a.Truth + b.Truth, a.Found + b.Found, a.Matched + b.Matched, a.RightParent + b.RightParent));
}
