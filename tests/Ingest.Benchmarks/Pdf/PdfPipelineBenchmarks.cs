using System.Collections.Immutable;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Pdf;

namespace Ingest.Benchmarks.Pdf;

/// <summary>
/// PDF to bundle, end to end, on one core: read (reader and layout), repair, parse, language, sections, and with
/// group, align and emit (to memory). Pages per second per core = the corpus's pages / mean time at one job.
/// Run from the repository root: <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*PdfPipeline*'</c>.
/// </summary>
/// <remarks>The corpus is the PDF samples with a text layer that open without a password, in every layout the samples cover.</remarks>
[MemoryDiagnoser]
public class PdfPipelineBenchmarks
{
    private static readonly string[] Samples =
    [
        "seed-de.pdf", "seed-en.pdf", "seed-nl.pdf", "seed-pl.pdf", "report-lo-en.pdf", "report-lo-2col-de.pdf", "latex-2col-de.pdf",
        "latex-2col-en.pdf", "latex-de.pdf", "latex-en.pdf", "latex-ot1-de.pdf", "udhr-ru.pdf", "udhr-ja.pdf", "udhr-ar.pdf",
        "debian-debmake-ru.pdf", "debian-amc-fr.pdf", "debian-amc-pdftex.pdf",
    ];

    private string _folder = string.Empty;
    private InputSet _inputs = new([], []);
    private PipelinePlan _documentPlan = null!;
    private PipelinePlan _fullPlan = null!;

    public int Pages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "ingest-pdf-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        // BenchmarkDotNet runs the benchmark from its own folder under the artifacts: the samples are found from the repository root.
        var samples = Environment.GetEnvironmentVariable("INGEST_PDF_SAMPLES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(typeof(PdfPipelineBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!, "samples", "pdf");
        foreach (var sample in Samples)
        {
            File.Copy(Path.Combine(samples, sample), Path.Combine(_folder, sample), overwrite: true);
            Pages += new PdfReader().Read(File.ReadAllBytes(Path.Combine(samples, sample))).Pages.Length;
        }
        Console.WriteLine($"// {Samples.Length} PDFs, {Pages} pages");
        _inputs = new InputCollector(_folder).Collect(["."]);
        var config = PipelineConfig.Defaults(_folder);
        _documentPlan = StageCatalog.Build(config, new StageEnvironment(null)) with { CorpusStages = ImmutableArray<ICorpusStage>.Empty };
        _fullPlan = StageCatalog.Build(config, new StageEnvironment(new MemorySink()));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "PDF per-document stages, 1 job")]
    public Corpus DocumentStages() => new PipelineRunner(_documentPlan).Run(_inputs, 1);

    [Benchmark(Description = "PDF to bundle (whole pipeline), 1 job")]
    public Corpus WholePipeline() => new PipelineRunner(_fullPlan).Run(_inputs, 1);
}
