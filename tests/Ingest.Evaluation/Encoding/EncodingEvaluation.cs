using System.Diagnostics;
using System.Globalization;
using Ingest.Core.Stages.Read;

namespace Ingest.Evaluation.Encoding;

/// <summary>Measures encoding detection on held-out real text against jschardet, uchardet, chardet, charset-normalizer and ICU.</summary>
/// <remarks>
/// <c>dotnet run --project tests/Ingest.Evaluation -- encoding [--corpus DIR] [--per-bucket N] [--no-peers | --cached-peers] [--errors]</c>.
/// Builds the corpus with <c>make_corpus.py</c> when DIR has none, runs the peers through <c>peers.sh</c> on the same
/// files, and counts a sample correct when the predicted encoding decodes it to exactly the text the true one gives.
/// </remarks>
public sealed class EncodingEvaluation : IEvaluation
{
    public string Name => "encoding";

    public string Description => "Encoding detection accuracy by encoding and sample length, Ingest vs. peers";

    public int Run(string[] args)
    {
        var corpus = Option(args, "--corpus") ?? "/tmp/enc-corpus";
        var perBucket = Option(args, "--per-bucket") ?? "40";
        var here = Path.Combine(RepositoryRoot(), "tests", "Ingest.Evaluation", "Encoding");
        var manifest = Path.Combine(corpus, "manifest.tsv");
        if (!File.Exists(manifest))
        {
            Shell("python3", Path.Combine(here, "make_corpus.py"), corpus, perBucket);
        }
        var samples = File.ReadAllLines(manifest).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(p => new Sample(p[0], p[1], p[2], int.Parse(p[3], CultureInfo.InvariantCulture), File.ReadAllBytes(Path.Combine(corpus, p[0]))))
            .ToList();
        var predictions = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal)
        {
            ["ingest"] = RunIngest(samples, out var elapsed, out var confidences),
        };
        Console.Error.WriteLine($"ingest: {samples.Count} samples in {elapsed.TotalMilliseconds:0} ms");
        if (!args.Contains("--no-peers"))
        {
            var peerFile = Path.Combine(corpus, "peers.tsv");
            // --cached-peers reuses the peers' answers from an earlier run on the same corpus (they take minutes).
            if (!args.Contains("--cached-peers") || !File.Exists(peerFile))
            {
                Shell("bash", Path.Combine(here, "peers.sh"), corpus, peerFile);
            }
            foreach (var line in File.ReadAllLines(peerFile).Where(l => l.Length > 0))
            {
                var parts = line.Split('\t');
                if (!predictions.TryGetValue(parts[1], out var byFile))
                {
                    predictions[parts[1]] = byFile = new Dictionary<string, string?>(StringComparer.Ordinal);
                }
                byFile[parts[0]] = parts.Length > 2 ? parts[2] : null;
            }
        }
        AccuracyTable.Print(Console.Out, samples, predictions);
        AccuracyTable.PrintCalibration(Console.Out, samples, predictions["ingest"], confidences);
        if (args.Contains("--errors"))
        {
            AccuracyTable.PrintErrors(Console.Out, samples, predictions["ingest"]);
        }
        return 0;
    }

    private static Dictionary<string, string?> RunIngest(List<Sample> samples, out TimeSpan elapsed, out Dictionary<string, double> confidences)
    {
        var detector = new EncodingDetector(new ReadOptions());
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        confidences = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (var sample in samples)
        {
            var encoding = detector.Detect(sample.Bytes).Encoding;
            result[sample.File] = encoding.Name;
            confidences[sample.File] = encoding.Confidence;
        }
        elapsed = clock.Elapsed;
        return result;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static void Shell(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run the evaluation from inside the repository");
    }
}
