using System.Collections.Immutable;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Benchmarks.Pipeline;

/// <summary>The whole pipeline over a corpus made of the seeds: per-document stages, and everything including emit (to memory).</summary>
/// <remarks>
/// The corpus is the five seed files, each written 40 times under another name with a different number added, so that
/// 200 distinct documents (4.6 MB) go through the stages. Throughput = corpus bytes / mean time; see BENCHMARKS.md.
/// </remarks>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int CopiesPerSeed = 40;
    private string _folder = string.Empty;
    private InputSet _inputs = new([], []);
    private PipelinePlan _documentPlan = null!;
    private PipelinePlan _fullPlan = null!;

    [Params(1, 2)]
    public int Jobs { get; set; }

    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "ingest-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        foreach (var seed in Directory.GetFiles(seeds))
        {
            var text = File.ReadAllText(seed);
            for (var i = 0; i < CopiesPerSeed; i++)
            {
                var path = Path.Combine(_folder, $"{Path.GetFileNameWithoutExtension(seed)}-{i:D3}.txt");
                File.WriteAllText(path, text + $"\n\nCopy {i}.\n");
            }
        }
        _inputs = new InputCollector(_folder).Collect(["."]);
        CorpusBytes = _inputs.Files.Sum(f => new FileInfo(f.FullPath).Length);
        var config = PipelineConfig.Defaults(_folder);
        _documentPlan = StageCatalog.Build(config, new StageEnvironment(null)) with { CorpusStages = ImmutableArray<ICorpusStage>.Empty };
        _fullPlan = StageCatalog.Build(config, new StageEnvironment(new MemorySink()));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "per-document stages, 200 docs")]
    public Corpus DocumentStages() => new PipelineRunner(_documentPlan).Run(_inputs, Jobs);

    [Benchmark(Description = "whole pipeline incl. group, align, emit, 200 docs")]
    public Corpus WholePipeline() => new PipelineRunner(_fullPlan).Run(_inputs, Jobs);

    private static string RepositoryRoot() => typeof(PipelineBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;
}
