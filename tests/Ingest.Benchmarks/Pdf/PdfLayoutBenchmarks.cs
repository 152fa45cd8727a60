using BenchmarkDotNet.Attributes;
using Ingest.Pdf;
using Ingest.Pdf.Layout;

namespace Ingest.Benchmarks.Pdf;

/// <summary>
/// The layout analysis (lines, gutters, blocks, reading order, furniture and pull quotes over the whole document)
/// against the reader that produces its glyphs, single-threaded: <c>Analyze</c> must not cost more than <c>Read</c>.
/// <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*PdfLayout*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PdfLayoutBenchmarks
{
    private byte[] _bytes = [];
    private PdfDocument _document = null!;

    [Params("latex-2col-de.pdf", "report-lo-2col-de.pdf", "seed-en.pdf", "udhr-ja.pdf", "debian-debmake-ru.pdf")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(Path.Combine(SampleDirectory.Find(), Sample));
        _document = new PdfReader().Read(_bytes);
        Console.WriteLine($"// {Sample}: {_document.Pages.Length} pages");
    }

    [Benchmark(Baseline = true)]
    public int Read() => new PdfReader().Read(_bytes).Pages.Length;

    [Benchmark]
    public int Analyze() => new PdfLayoutAnalyzer().Analyze(_document).Pages.Length;
}
