using BenchmarkDotNet.Attributes;
using Ingest.Pdf;

namespace Ingest.Benchmarks.Pdf;

/// <summary>
/// Reads a sample and extracts its text, single-threaded; pages per second = pages / mean time.
/// Run from the repository root (or set INGEST_PDF_SAMPLES):
/// <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*PdfReader*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PdfReaderBenchmarks
{
    private byte[] _bytes = [];

    [Params("seed-en.pdf", "udhr-ru.pdf", "udhr-ja.pdf", "debian-debmake-ru.pdf", "debian-amc-pdftex.pdf")]
    public string Sample { get; set; } = "";

    public int Pages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(Path.Combine(SampleDirectory.Find(), Sample));
        Pages = new PdfReader().Read(_bytes).Pages.Length;
        Console.WriteLine($"// {Sample}: {Pages} pages");
    }

    [Benchmark]
    public int ReadAndExtractText() => new PdfReader().Read(_bytes).ExtractText().Length;
}
