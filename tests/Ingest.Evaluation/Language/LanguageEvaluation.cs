using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ingest.Core.Stages.Language;

namespace Ingest.Evaluation.Language;

/// <summary>Accuracy of the language identifier by length bucket on held-out Debian text, beside the peers' answers.</summary>
/// <remarks>Run <c>corpus.sh</c> and <c>peers.sh</c> first; they leave samples.tsv and peers/NAME.txt in the work folder.
/// <c>dev.sh</c> makes a development set of other packages' catalogues (no peers) in another folder, scored the same
/// way: rules and weights are chosen there, and the evaluation set only reports.</remarks>
public sealed class LanguageEvaluation : IEvaluation
{
    private static readonly string[][] ConfusionGroups =
    [
        ["da", "nb", "nn", "sv"], ["cs", "sk"], ["hr", "sr", "bs"], ["es", "ca", "gl"], ["pt", "es", "gl"], ["id", "ms"],
    ];

    public string Name => "language";

    public string Description => "Language identification accuracy by length bucket vs franc-all, eld, tinyld, langdetect [WORKDIR] [--profiles FILE]";

    /// <param name="args">The work folder; <c>--profiles FILE</c> scores a freshly generated profiles.bin instead of
    /// the embedded one, so a change of training text is measured before it is committed.</param>
    public int Run(string[] args)
    {
        var options = args.ToList();
        string? profiles = null;
        var flag = options.IndexOf("--profiles");
        if (flag >= 0 && flag + 1 < options.Count)
        {
            profiles = options[flag + 1];
            options.RemoveRange(flag, 2);
        }
        var work = options.Count > 0 ? options[0] : "/tmp/eval-language";
        var samplesPath = Path.Combine(work, "samples.tsv");
        if (!File.Exists(samplesPath))
        {
            Console.Error.WriteLine($"language: {samplesPath} is missing; run tests/Ingest.Evaluation/Language/corpus.sh first.");
            return 2;
        }
        var samples = File.ReadLines(samplesPath).Where(l => l.Length > 0).Select(Sample.Parse).ToList();
        var load = MeasureLoad();
        LanguageIdentifier identifier;
        if (profiles is null)
        {
            identifier = LanguageIdentifier.Default;
        }
        else
        {
            using var file = File.OpenRead(profiles);
            identifier = new LanguageIdentifier(LanguageModel.Load(file), new LanguageOptions());
        }
        var clock = Stopwatch.StartNew();
        var guesses = samples.Select(s => identifier.Guess(s.Text)).ToList();
        var ingest = samples.Select(s => identifier.Identify(s.Text).Tag).ToList();
        var seconds = clock.Elapsed.TotalSeconds;
        var perCore = CompleteThroughput(identifier, samples);
        var systems = new List<(string Name, IReadOnlyList<string> Answers)> { ("Ingest", ingest) };
        foreach (var peer in new[] { "franc-all", "eld", "tinyld", "langdetect" })
        {
            var path = Path.Combine(work, "peers", peer + ".txt");
            if (File.Exists(path))
            {
                systems.Add((peer, File.ReadAllLines(path)));
            }
        }
        var report = new StringBuilder();
        Append(report, $"{samples.Count} samples, {samples.Select(s => s.Language).Distinct().Count()} languages; Ingest: {seconds:0.00} s in all; model load {load.Cold:0.0} ms cold, {load.Warm:0.0} ms warm; reading samples of 300+ characters in full: {perCore:0.0} MB/s per core (UTF-8 bytes per second of this process's CPU time, less distorted by the machine's load than wall time).");
        AccuracyTable(report, samples, systems);
        ConfusionTable(report, samples, systems);
        Calibration(report, samples, guesses);
        TopErrors(report, samples, ingest);
        Console.Write(report.ToString());
        File.WriteAllLines(Path.Combine(work, "ingest-errors.tsv"), samples.Select((s, i) => (s, i))
            .Where(p => ingest[p.i] != p.s.Language)
            .Select(p => $"{p.s.Language}\t{ingest[p.i]}\t{guesses[p.i].Tag}\t{guesses[p.i].Confidence.ToString(CultureInfo.InvariantCulture)}\t{p.s.Bucket}\t{p.s.Text}"));
        return 0;
    }

    private static void AccuracyTable(StringBuilder report, List<Sample> samples, List<(string Name, IReadOnlyList<string> Answers)> systems)
    {
        Append(report, "");
        Append(report, "| bucket (chars) | samples | " + string.Join(" | ", systems.Select(s => s.Name)) + " |");
        Append(report, "|---|---:|" + string.Concat(systems.Select(_ => "---:|")));
        var rows = samples.Select(s => s.Bucket).Distinct().Order().Select(b => ($"~{b}", (Func<Sample, bool>)(s => s.Bucket == b))).ToList();
        rows.Add(("300+", s => s.Bucket >= 300));
        rows.Add(("all", _ => true));
        foreach (var (label, filter) in rows)
        {
            var chosen = samples.Select((s, i) => (s, i)).Where(p => filter(p.s)).ToList();
            var cells = systems.Select(system =>
                Percent(chosen.Count(p => system.Answers[p.i] == p.s.Language), chosen.Count));
            Append(report, $"| {label} | {chosen.Count} | {string.Join(" | ", cells)} |");
        }
    }

    private static void ConfusionTable(StringBuilder report, List<Sample> samples, List<(string Name, IReadOnlyList<string> Answers)> systems)
    {
        Append(report, "");
        Append(report, "Confusions inside close groups (all buckets): share of the group's samples labelled as ANOTHER member of the group.");
        Append(report, "");
        Append(report, "| group | samples | " + string.Join(" | ", systems.Select(s => s.Name)) + " |");
        Append(report, "|---|---:|" + string.Concat(systems.Select(_ => "---:|")));
        foreach (var group in ConfusionGroups)
        {
            var chosen = samples.Select((s, i) => (s, i)).Where(p => p.s.Language == group[0] || (group[0] != "pt" && group.Contains(p.s.Language))).ToList();
            var cells = systems.Select(system => Percent(chosen.Count(p =>
                system.Answers[p.i] != p.s.Language && group.Contains(system.Answers[p.i])), chosen.Count));
            var label = group[0] == "pt" ? "pt (pt-PT+pt-BR) → es/gl" : string.Join("/", group);
            Append(report, $"| {label} | {chosen.Count} | {string.Join(" | ", cells)} |");
        }
    }

    private static void Calibration(StringBuilder report, List<Sample> samples, List<LanguageGuess> guesses)
    {
        Append(report, "");
        Append(report, "Calibration of Ingest's confidence (best guess before thresholds):");
        Append(report, "");
        Append(report, "| confidence | samples | correct |");
        Append(report, "|---|---:|---:|");
        double[] edges = [0, 0.5, 0.7, 0.9, 0.99, 1.01];
        for (var b = 0; b + 1 < edges.Length; b++)
        {
            var chosen = samples.Select((s, i) => (s, g: guesses[i]))
                .Where(p => p.g.Confidence >= edges[b] && p.g.Confidence < edges[b + 1]).ToList();
            Append(report, $"| {edges[b]:0.00}–{Math.Min(1, edges[b + 1]):0.00} | {chosen.Count} | {Percent(chosen.Count(p => p.g.Tag == p.s.Language), chosen.Count)} |");
        }
    }

    private static void TopErrors(StringBuilder report, List<Sample> samples, List<string> ingest)
    {
        Append(report, "");
        var errors = samples.Select((s, i) => (s.Language, Guess: ingest[i])).Where(p => p.Language != p.Guess)
            .GroupBy(p => $"{p.Language}→{p.Guess}").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(20);
        Append(report, "Ingest's most frequent errors: " + string.Join(", ", errors.Select(g => $"{g.Key} {g.Count()}")));
    }

    /// <summary>UTF-8 megabytes per CPU second of <see cref="LanguageIdentifier.Identify"/> reading whole samples of 300+
    /// characters (no early stop), best of three rounds.</summary>
    private static double CompleteThroughput(LanguageIdentifier identifier, List<Sample> samples)
    {
        var texts = samples.Where(s => s.Bucket >= 300).Select(s => s.Text).ToList();
        var bytes = texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
        var best = 0.0;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < 3; round++)
        {
            process.Refresh();
            var start = process.UserProcessorTime;
            foreach (var text in texts)
            {
                identifier.Identify(text, complete: true);
            }
            process.Refresh();
            var cpu = (process.UserProcessorTime - start).TotalSeconds;
            best = Math.Max(best, bytes / Math.Max(cpu, 1e-3) / 1e6);
        }
        return best;
    }

    private static (double Cold, double Warm) MeasureLoad()
    {
        var assembly = typeof(LanguageModel).Assembly;
        var clock = Stopwatch.StartNew();
        using (var first = assembly.GetManifestResourceStream("Ingest.Language.profiles.bin")!)
        {
            LanguageModel.Load(first);
        }
        var cold = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        const int runs = 5;
        for (var i = 0; i < runs; i++)
        {
            using var stream = assembly.GetManifestResourceStream("Ingest.Language.profiles.bin")!;
            LanguageModel.Load(stream);
        }
        return (cold, clock.Elapsed.TotalMilliseconds / runs);
    }

    private static string Percent(int correct, int total) =>
        total == 0 ? "–" : (100.0 * correct / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static void Append(StringBuilder report, string line) => report.Append(line).Append('\n');

    private sealed record Sample(string Language, int Bucket, string Source, string Text)
    {
        public static Sample Parse(string line)
        {
            var parts = line.Split('\t', 4);
            return new Sample(parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2], parts[3]);
        }
    }
}
