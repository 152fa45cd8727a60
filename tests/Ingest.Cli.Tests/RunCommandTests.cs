using System.Text.Json.Nodes;
using Ingest.Cli.Tests.TestSupport;
using Ingest.Core.Json;
using Ingest.Core.Json.Schema;

namespace Ingest.Cli.Tests;

/// <summary>End to end: <c>ingest run</c> over the seeds, as a user runs it.</summary>
public sealed class RunCommandTests
{
    [Test]
    public void Run_OnSeeds_WritesAManifestWithFiveOkInputs_AndValidBundles()
    {
        using var folder = new SeedFolder();
        var run = CliRun.Invoke(folder.Root, "run", "seeds", "--out", "out");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var files = folder.ReadAll("out");
        var manifest = JsonNode.Parse(files["manifest.json"])!;
        Assert.That(new JsonSchemaValidator(SchemaCatalog.Load("manifest")).Validate(manifest), Is.Empty);
        var inputs = manifest["inputs"]!.AsArray();
        Assert.That(inputs.Select(i => i!["path"]!.GetValue<string>()), Is.EqualTo(folder.SeedPaths));
        Assert.That(inputs.Select(i => i!["status"]!.GetValue<string>()), Is.All.EqualTo("ok"));
        var bundleSchema = new JsonSchemaValidator(SchemaCatalog.Load("bundle"));
        var bundleNames = files.Keys.Where(k => k.StartsWith("bundles/", StringComparison.Ordinal)).ToList();
        foreach (var name in bundleNames)
        {
            Assert.That(bundleSchema.Validate(JsonNode.Parse(files[name])), Is.Empty, name);
        }
        // Every document is in exactly one bundle, and the manifest names that bundle.
        var documents = bundleNames.SelectMany(n => JsonNode.Parse(files[n])!["documents"]!.AsArray()
            .Select(d => (Id: d!["id"]!.GetValue<string>(), Bundle: n["bundles/".Length..^".json".Length]))).ToList();
        Assert.That(documents.Select(d => d.Id), Is.Unique);
        foreach (var input in inputs)
        {
            Assert.That(documents, Has.Member((input!["document"]!.GetValue<string>(), input["bundle"]!.GetValue<string>())));
        }
    }

    [Test]
    public void Run_IsByteIdentical_AcrossInputOrderAndJobs()
    {
        using var folder = new SeedFolder();
        var forward = folder.SeedPaths.ToArray();
        var shuffled = forward.Reverse().ToArray();
        var first = CliRun.Invoke(folder.Root, ["run", .. forward, "--out", "a", "--jobs", "1"]);
        var second = CliRun.Invoke(folder.Root, ["run", .. shuffled, "--out", "b", "--jobs", "4"]);
        var third = CliRun.Invoke(folder.Root, "run", "seeds", "--out", "c");
        Assert.That((first.ExitCode, second.ExitCode, third.ExitCode), Is.EqualTo((0, 0, 0)));
        var a = folder.ReadAll("a");
        Assert.That(folder.ReadAll("b"), Is.EqualTo(a));
        Assert.That(folder.ReadAll("c"), Is.EqualTo(a));
    }

    [Test]
    public void Run_WithJcs_WritesCanonicalBytes()
    {
        using var folder = new SeedFolder();
        Assert.That(CliRun.Invoke(folder.Root, "run", "seeds", "--out", "out", "--jcs").ExitCode, Is.EqualTo(0));
        foreach (var (name, bytes) in folder.ReadAll("out"))
        {
            Assert.That(bytes, Is.EqualTo(JsonTextWriter.Canonical(JsonNode.Parse(bytes))), name);
        }
    }

    [Test]
    public void Run_WithoutPaths_ReadsTheInputsThatPipelineJsonNames()
    {
        using var folder = new SeedFolder();
        File.Copy(Path.Combine(CliRun.RepositoryRoot, "pipeline.json"), Path.Combine(folder.Root, "pipeline.json"));
        File.WriteAllText(Path.Combine(folder.Root, "pipeline.json"),
            File.ReadAllText(Path.Combine(folder.Root, "pipeline.json")).Replace("./src/Ingest.Core/Json/Schemas/pipeline.schema.json", "x", StringComparison.Ordinal));
        var run = CliRun.Invoke(folder.Root, "run", "--out", "out");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(JsonNode.Parse(folder.ReadAll("out")["manifest.json"])!["inputs"]!.AsArray(), Has.Count.EqualTo(5));
    }

    [Test]
    public void Run_ExitsOne_WhenAnInputFails_AndStillWritesTheRest()
    {
        using var folder = new SeedFolder();
        File.WriteAllText(Path.Combine(folder.Root, "seeds", "broken.txt"), new string('\uFFFD', 300));
        var run = CliRun.Invoke(folder.Root, "run", "seeds", "--out", "out");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        var manifest = JsonNode.Parse(folder.ReadAll("out")["manifest.json"])!["inputs"]!.AsArray();
        var broken = manifest.Single(i => i!["path"]!.GetValue<string>() == "seeds/broken.txt")!;
        Assert.That(broken["status"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(broken["diagnostics"]!.AsArray().Select(d => d!["severity"]!.GetValue<string>()), Has.Member("error"));
        Assert.That(manifest.Count(i => i!["status"]!.GetValue<string>() == "ok"), Is.EqualTo(5));
        Assert.That(run.Error, Does.Contain("seeds/broken.txt"));
    }

    [Test]
    public void Run_ExitsTwo_ForABadConfiguration_NamingFileAndPath()
    {
        using var folder = new SeedFolder();
        File.WriteAllText(Path.Combine(folder.Root, "bad.json"), """{"stages":[{"name":"read","options":{"fallback":"x"}}]}""");
        var run = CliRun.Invoke(folder.Root, "run", "seeds", "--config", "bad.json");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("bad.json").And.Contain("$.stages[0].options.fallback"));
        Assert.That(Directory.Exists(Path.Combine(folder.Root, "out")), Is.False);
    }

    [TestCase("run", "--no-such-option")]
    [TestCase("frobnicate")]
    [TestCase("schema", "nonsense")]
    public void UsageErrors_ExitTwo(params string[] args)
    {
        using var folder = new SeedFolder();
        Assert.That(CliRun.Invoke(folder.Root, args).ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Run_WithNoInputsAnywhere_ExitsTwo()
    {
        using var folder = new SeedFolder();
        var run = CliRun.Invoke(folder.Root, "run");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("no inputs"));
    }
}
