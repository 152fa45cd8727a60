namespace Ingest.Pdf.Layout;

/// <summary>
/// Everything on one baseline across the page, as runs separated by wide gaps; a column gutter splits a row
/// into the lines of its columns.
/// </summary>
internal sealed class BaselineRow(double baseline, double size, List<GlyphRun> runs)
{
    public double Baseline { get; } = baseline;

    public double Size { get; } = size;

    public List<GlyphRun> Runs { get; } = runs;

    /// <summary>
    /// The free interval around <paramref name="x"/>: (right end of the run before, left end of the run after), or
    /// null when a run covers x. Runs outside (low, high) do not count.
    /// </summary>
    public (double Left, double Right, bool HasLeft, bool HasRight)? FreeAround(double x, double low, double high)
    {
        var left = double.NegativeInfinity;
        var right = double.PositiveInfinity;
        foreach (var run in Runs)
        {
            if (run.Right <= low || run.Left >= high)
            {
                continue;
            }
            if (run.Left < x && x < run.Right)
            {
                return null;
            }
            if (run.Right <= x)
            {
                left = Math.Max(left, run.Right);
            }
            else
            {
                right = Math.Min(right, run.Left);
            }
        }
        return (left, right, !double.IsNegativeInfinity(left), !double.IsPositiveInfinity(right));
    }
}
