using BenchmarkDotNet.Attributes;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Group;

namespace Ingest.Benchmarks.Group;

/// <summary>Group and align 1,000 documents (250 texts in 4 made-up languages, 20 sections each).</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*GroupAlign*' --job short</c>.</remarks>
[MemoryDiagnoser]
public class GroupAlignBenchmarks
{
    private Corpus _corpus = null!;
    private Corpus _grouped = null!;

    [Params(1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SyntheticCorpus.Build(Documents / 4, 4, 20);
        _grouped = new GroupStage(new GroupOptions()).Run(_corpus, new StageContext(SeverityPolicy.Default));
        var right = _grouped.Bundles.Count(b => b.Documents.Length == 4
            && b.Documents.Select(d => d[..6]).Distinct().Count() == 1);
        Console.WriteLine($"// {_grouped.Bundles.Length} bundles, {right} exactly one text in 4 languages");
    }

    [Benchmark]
    public Corpus Group() => new GroupStage(new GroupOptions()).Run(_corpus, new StageContext(SeverityPolicy.Default));

    [Benchmark]
    public Corpus Align() => new AlignStage(new AlignOptions()).Run(_grouped, new StageContext(SeverityPolicy.Default));

    [Benchmark]
    public Corpus GroupAndAlign()
    {
        var context = new StageContext(SeverityPolicy.Default);
        return new AlignStage(new AlignOptions()).Run(new GroupStage(new GroupOptions()).Run(_corpus, context), context);
    }
}
