using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Ingest.Core.Stages.Read;

namespace Ingest.Benchmarks.Encoding;

/// <summary>Encoding detection throughput: the UTF-8 path and the statistical path for legacy bytes.</summary>
/// <remarks>
/// <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*EncodingBenchmarks*' --job short</c>.
/// Inputs are built from real text (the UDHR samples in samples/encodings) repeated to the size given.
/// </remarks>
[MemoryDiagnoser]
public class EncodingBenchmarks
{
    private readonly EncodingDetector _detector = new(new ReadOptions());
    private byte[] _utf8 = [];
    private byte[] _legacy = [];
    private byte[] _legacySample = [];
    private byte[] _cjk = [];

    /// <summary>Input size in bytes.</summary>
    [Params(1 << 20, 16 << 20)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindSamples();
        var polish = File.ReadAllText(Path.Combine(root, "pl.expected.txt"));
        var japanese = File.ReadAllText(Path.Combine(root, "ja.expected.txt"));
        _utf8 = Repeat(System.Text.Encoding.UTF8.GetBytes(polish), Bytes);
        _legacy = Repeat(LegacyEncodings.Get("windows-1250").GetBytes(polish), Bytes);
        _legacySample = Repeat(LegacyEncodings.Get("windows-1250").GetBytes(polish), 2048);
        _cjk = Repeat(LegacyEncodings.Get("shift_jis").GetBytes(japanese), Bytes);
    }

    /// <summary>Valid UTF-8: BOM check, zero-byte scan and the vectorized validator.</summary>
    [Benchmark(Baseline = true)]
    public string Utf8Detect() => _detector.Detect(_utf8).Encoding.Name;

    /// <summary>Valid UTF-8, detected and decoded.</summary>
    [Benchmark]
    public int Utf8DetectAndDecode() => TextDecoder.Decode(_utf8, _detector.Detect(_utf8)).Text.Length;

    /// <summary>windows-1250 Polish: statistical ranking of every candidate on the sample.</summary>
    [Benchmark]
    public string LegacyDetect() => _detector.Detect(_legacy).Encoding.Name;

    /// <summary>windows-1250 Polish, detected and decoded.</summary>
    [Benchmark]
    public int LegacyDetectAndDecode() => TextDecoder.Decode(_legacy, _detector.Detect(_legacy)).Text.Length;

    /// <summary>Shift_JIS Japanese: the multi-byte candidates decode the sample too.</summary>
    [Benchmark]
    public string ShiftJisDetect() => _detector.Detect(_cjk).Encoding.Name;

    /// <summary>One 2 KB legacy sample: the fixed cost per small file.</summary>
    [Benchmark]
    public string LegacyDetect2KB() => _detector.Detect(_legacySample).Encoding.Name;

    private static byte[] Repeat(byte[] unit, int size)
    {
        var result = new byte[size];
        for (var i = 0; i < size; i += unit.Length)
        {
            unit.AsSpan(0, Math.Min(unit.Length, size - i)).CopyTo(result.AsSpan(i));
        }
        // Cut at the last line end so that no character is split.
        var end = Array.LastIndexOf(result, (byte)'\n');
        return end > 0 ? result[..(end + 1)] : result;
    }

    private static string FindSamples([CallerFilePath] string source = "")
    {
        // BenchmarkDotNet runs a generated copy elsewhere; this file's own path finds the repository (outside CI builds).
        var fromSource = Path.Combine(Path.GetDirectoryName(source) ?? "", "..", "..", "..", "samples", "encodings");
        if (Directory.Exists(fromSource))
        {
            return fromSource;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "encodings");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "encodings");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("run the benchmarks from inside the repository (samples/encodings not found)");
    }
}
