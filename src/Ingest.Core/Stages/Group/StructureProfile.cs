namespace Ingest.Core.Stages.Group;

/// <summary>How alike two documents' section structures are: the correlation of their section lengths (log scale),
/// section by section, when both have the same number of sections or one has one more.</summary>
/// <remarks>Translations keep their sections and, roughly, each section's share of the text; so a long sequence of
/// section lengths that rises and falls together is evidence of a translation even without a single shared name
/// (the UDHR in 39 languages has hardly any). Two unrelated documents rarely correlate over many sections.</remarks>
public static class StructureProfile
{
    /// <summary>Pearson correlation of log section lengths in [-1, 1]; with one extra section, the best over leaving out each; 0 otherwise.</summary>
    public static double Similarity(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count == b.Count)
        {
            return Correlation(a, b, -1);
        }
        if (Math.Abs(a.Count - b.Count) != 1)
        {
            return 0;
        }
        var (longer, shorter) = a.Count > b.Count ? (a, b) : (b, a);
        var best = -1.0;
        for (var skip = 0; skip < longer.Count; skip++)
        {
            best = Math.Max(best, Correlation(shorter, longer, skip));
        }
        return best;
    }

    private static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> longer, int skip)
    {
        var n = x.Count;
        if (n < 3)
        {
            return 0;
        }
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            var xi = Math.Log(1 + x[i]);
            var yi = Math.Log(1 + longer[skip >= 0 && i >= skip ? i + 1 : i]);
            sx += xi;
            sy += yi;
            sxx += xi * xi;
            syy += yi * yi;
            sxy += xi * yi;
        }
        var cov = sxy - (sx * sy / n);
        var vx = sxx - (sx * sx / n);
        var vy = syy - (sy * sy / n);
        return vx <= 1e-12 || vy <= 1e-12 ? 0 : cov / Math.Sqrt(vx * vy);
    }
}
