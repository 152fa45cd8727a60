using System.Globalization;
using Ingest.Core.Stages.Read;

namespace Ingest.Evaluation.Encoding;

/// <summary>Scores predictions (a sample is right when the predicted encoding decodes it to the true text) and prints the tables.</summary>
internal static class AccuracyTable
{
    private static readonly int[] Buckets = [32, 128, 512, 2048];

    public static void Print(TextWriter output, List<Sample> samples, Dictionary<string, Dictionary<string, string?>> predictions)
    {
        var tools = predictions.Keys.OrderBy(k => k == "ingest" ? "" : k, StringComparer.Ordinal).ToList();
        var right = tools.ToDictionary(t => t, t => samples.ToDictionary(s => s.File,
            s => IsRight(s, predictions[t].GetValueOrDefault(s.File))), StringComparer.Ordinal);
        output.WriteLine("### Accuracy by length (all encodings)");
        output.WriteLine();
        output.WriteLine("| bytes | samples | " + string.Join(" | ", tools) + " |");
        output.WriteLine("|---|---|" + string.Concat(tools.Select(_ => "---|")));
        foreach (var bucket in Buckets)
        {
            var inBucket = samples.Where(s => s.Bucket == bucket).ToList();
            output.WriteLine($"| {bucket} | {inBucket.Count} | " + string.Join(" | ", tools.Select(t => Percent(inBucket, right[t]))) + " |");
        }
        output.WriteLine();
        output.WriteLine("### Accuracy by encoding and length (32 / 128 / 512 / 2048 bytes)");
        output.WriteLine();
        output.WriteLine("| encoding | " + string.Join(" | ", tools) + " |");
        output.WriteLine("|---|" + string.Concat(tools.Select(_ => "---|")));
        foreach (var encoding in samples.Select(s => s.Encoding).Distinct())
        {
            var cells = tools.Select(t => string.Join(" / ", Buckets.Select(b =>
                Percent(samples.Where(s => s.Encoding == encoding && s.Bucket == b).ToList(), right[t]))));
            output.WriteLine($"| {encoding} | " + string.Join(" | ", cells) + " |");
        }
    }

    /// <summary>Whether the confidence means something: accuracy of the samples whose confidence falls in each band.</summary>
    public static void PrintCalibration(TextWriter output, List<Sample> samples, Dictionary<string, string?> predicted,
        Dictionary<string, double> confidences)
    {
        double[] bands = [0, 0.5, 0.8, 0.95, 0.99, 1.0001];
        output.WriteLine();
        output.WriteLine("### Ingest confidence against accuracy");
        output.WriteLine();
        output.WriteLine("| confidence | samples | mean confidence | accuracy |");
        output.WriteLine("|---|---|---|---|");
        for (var b = 0; b + 1 < bands.Length; b++)
        {
            var inBand = samples.Where(s => confidences[s.File] >= bands[b] && confidences[s.File] < bands[b + 1]).ToList();
            if (inBand.Count == 0)
            {
                continue;
            }
            var right = inBand.Count(s => IsRight(s, predicted.GetValueOrDefault(s.File)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| [{bands[b]:0.00}, {Math.Min(1, bands[b + 1]):0.00}{(b + 2 == bands.Length ? "]" : ")")} | {inBand.Count} | {inBand.Average(s => confidences[s.File]):0.000} | {100.0 * right / inBand.Count:0.0} |"));
        }
    }

    /// <summary>Lists the samples a tool got wrong, with both readings, to see why.</summary>
    public static void PrintErrors(TextWriter output, List<Sample> samples, Dictionary<string, string?> predicted)
    {
        foreach (var sample in samples.Where(s => !IsRight(s, predicted.GetValueOrDefault(s.File))))
        {
            var name = predicted.GetValueOrDefault(sample.File) ?? "?";
            var wrong = Decode(sample.Bytes, PeerLabels.Normalize(name) ?? "utf-8") ?? "";
            output.WriteLine($"{sample.File}\t{sample.Encoding} -> {name}\t{Flat(Decode(sample.Bytes, sample.Encoding))}\t{Flat(wrong)}");
        }
    }

    private static string Flat(string? text) => (text ?? "").Replace('\n', ' ')[..Math.Min((text ?? "").Length, 70)];

    private static string Percent(List<Sample> samples, Dictionary<string, bool> right) =>
        samples.Count == 0 ? "-" : (100.0 * samples.Count(s => right[s.File]) / samples.Count).ToString("0.0", CultureInfo.InvariantCulture);

    private static bool IsRight(Sample sample, string? predicted)
    {
        if (predicted is null || PeerLabels.Normalize(predicted) is not { } name)
        {
            return false;
        }
        var truth = Decode(sample.Bytes, sample.Encoding);
        return truth is not null && truth == Decode(sample.Bytes, name);
    }

    private static string? Decode(byte[] bytes, string name)
    {
        try
        {
            return LegacyEncodings.Get(name).GetString(bytes);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
