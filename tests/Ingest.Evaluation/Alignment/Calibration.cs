using System.Globalization;

namespace Ingest.Evaluation.Alignment;

/// <summary>Reliability of the alignment confidence: share of correct alignments per confidence band.</summary>
internal static class Calibration
{
    private static readonly double[] Bands = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0001];

    /// <param name="outcomes">Confidence and correctness of every predicted alignment.</param>
    /// <param name="midpoint">The confidence midpoint the run used, to recover the scores ...</param>
    /// <param name="slope">... with the slope.</param>
    public static void Print(IReadOnlyList<(double Confidence, bool Correct)> outcomes, double midpoint, double slope)
    {
        // Scores back from confidences (the logistic is invertible), then the logistic that fits them best (log loss).
        var scores = outcomes.Select(o => (Score: midpoint + (Math.Log(Math.Clamp(o.Confidence, 1e-6, 1 - 1e-6) / (1 - Math.Clamp(o.Confidence, 1e-6, 1 - 1e-6))) / slope), o.Correct)).ToList();
        var best = (Loss: double.MaxValue, Midpoint: 0.0, Slope: 0.0);
        for (var m = 0.0; m <= 0.6; m += 0.01)
        {
            for (var k = 2.0; k <= 40; k += 1)
            {
                var loss = scores.Sum(s =>
                {
                    var p = Math.Clamp(1 / (1 + Math.Exp(-k * (s.Score - m))), 1e-6, 1 - 1e-6);
                    return s.Correct ? -Math.Log(p) : -Math.Log(1 - p);
                });
                if (loss < best.Loss)
                {
                    best = (loss, m, k);
                }
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best-fitting confidence: midpoint {best.Midpoint:0.00}, slope {best.Slope:0} (log loss {best.Loss / scores.Count:0.000} per alignment)"));
        Console.WriteLine("| confidence | alignments | correct |");
        Console.WriteLine("|---|---|---|");
        for (var i = 0; i + 1 < Bands.Length; i++)
        {
            var band = outcomes.Where(o => o.Confidence >= Bands[i] && o.Confidence < Bands[i + 1]).ToList();
            var correct = band.Count == 0 ? "–" : (band.Count(o => o.Correct) / (double)band.Count).ToString("0.000", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Bands[i]:0.0}–{Math.Min(1, Bands[i + 1]):0.0} | {band.Count} | {correct} |"));
        }
    }
}
