using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Ingest.Core.Stages.Read;

namespace Ingest.Benchmarks.Encoding;

/// <summary>Encoding detection throughput per core: UTF-8, single-byte and multi-byte legacy text, short and long files.</summary>
/// <remarks>
/// <c>dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*EncodingBenchmarks*' --job short</c>.
/// Inputs are real text (samples/encodings: the Polish seed, the UDHR in Russian, Japanese and Chinese) encoded and
/// repeated to the size given, cut at a line end. MB/s per core is <see cref="Bytes"/> divided by the time; on a shared
/// machine the minimum (preemption only ever adds time) is the steadier figure.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class EncodingBenchmarks
{
    private readonly EncodingDetector _detector = new(new ReadOptions());
    private byte[] _input = [];

    /// <summary>Text and encoding: a sample name and a WHATWG encoding.</summary>
    [Params("pl utf-8", "pl windows-1250", "ru koi8-r", "ja shift_jis", "zh gb18030")]
    public string Text { get; set; } = "";

    /// <summary>Input size in bytes: a short file and a long one.</summary>
    [Params(2048, 1 << 20)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (name, encoding) = (Text.Split(' ')[0], Text.Split(' ')[1]);
        var text = File.ReadAllText(Path.Combine(FindSamples(), name + ".expected.txt"));
        _input = Repeat(LegacyEncodings.Get(encoding).GetBytes(text), Bytes);
        var found = _detector.Detect(_input).Encoding.Name;
        if (found != encoding)
        {
            throw new InvalidOperationException($"{Text}: detected {found}");
        }
    }

    /// <summary>Detection alone: what the read stage spends before decoding.</summary>
    [Benchmark]
    public string Detect() => _detector.Detect(_input).Encoding.Name;

    /// <summary>Detection and decoding to a string.</summary>
    [Benchmark]
    public int DetectAndDecode() => TextDecoder.Decode(_input, _detector.Detect(_input)).Text.Length;

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
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "encodings");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new InvalidOperationException("run the benchmarks from inside the repository (samples/encodings not found)");
    }
}
