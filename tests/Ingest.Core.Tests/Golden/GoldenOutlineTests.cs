using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Golden;

/// <summary>Every seed and sample gives the section outline recorded in <c>Golden/&lt;input path&gt;.outline.txt</c>.</summary>
[TestFixture]
public sealed class GoldenOutlineTests
{
    private static readonly string Root = Repository.Root;

    private static IEnumerable<TestCaseData> Inputs() =>
        new[] { "seeds", "samples/html" }
            .Select(folder => Path.Combine(Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"Outline_MatchesGolden({path})"));

    [TestCaseSource(nameof(Inputs))]
    public void Outline_MatchesGolden(string path)
    {
        var (document, diagnostics) = StructurePipeline.Run(Root, path);
        var actual = Outline.Of(document, diagnostics);
        var golden = Path.Combine(Root, "tests/Ingest.Core.Tests/Golden", path + ".outline.txt");
        if (Environment.GetEnvironmentVariable("INGEST_UPDATE_GOLDEN") == "1")
        {
            Assert.That(Environment.GetEnvironmentVariable("CI"), Is.Not.EqualTo("true"), "Golden files are never rewritten under CI.");
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }
        Assert.That(File.Exists(golden), Is.True, $"No golden outline for {path}; run with INGEST_UPDATE_GOLDEN=1 and review it.");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(golden)));
    }
}
