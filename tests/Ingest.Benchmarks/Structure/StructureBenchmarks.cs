using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Sections;

namespace Ingest.Benchmarks.Structure;

/// <summary>Parse and section-tree time per document for the three parsers, on seeds and samples (read and repair excluded).</summary>
[MemoryDiagnoser]
public class StructureBenchmarks
{
    private readonly ParseStage _parse = new(new ParseOptions());
    private readonly SectionsStage _sections = new(new SectionsOptions());
    private Document _document = null!;

    [Params("seeds/004_a72fd32449421a5f.txt", "seeds/002_1bd487e2753dbea3.txt", "samples/html/ghent-report.en.html", "generated/wrapped-5MB.txt")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var text = Input.StartsWith("generated/", StringComparison.Ordinal) ? Generated() : File.ReadAllText(Path.Combine(Root(), Input));
        _document = Document.Create("d-bench", new SourceInfo(Input, "0", text.Length, FormatSniffer.Sniff(text)), ReadOnlyMemory<byte>.Empty)
            with { Text = text };
    }

    [Benchmark]
    public ImmutableArray<Section> ParseAndSections()
    {
        var context = new StageContext(SeverityPolicy.Default);
        return _sections.Run(_parse.Run(_document, context), context).Sections;
    }

    /// <summary>About 5 MB of seed 004 repeated and wrapped at 72 columns, the shape of a long PDF export.</summary>
    private static string Generated()
    {
        var seed = File.ReadAllText(Path.Combine(Root(), "seeds/004_a72fd32449421a5f.txt"));
        var lines = new List<string>();
        while (lines.Sum(l => l.Length + 1) < 5_000_000)
        {
            foreach (var line in seed.Split('\n'))
            {
                var current = string.Empty;
                foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (current.Length > 0 && current.Length + word.Length >= 72)
                    {
                        lines.Add(current);
                        current = string.Empty;
                    }
                    current = current.Length == 0 ? word : current + " " + word;
                }
                lines.Add(current);
            }
        }
        return string.Join('\n', lines);
    }

    private static string Root()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository.");
    }
}
