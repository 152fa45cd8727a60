using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Ingest.Core.Json;
using Ingest.Core.Json.Schema;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Emit;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Emit;

public sealed class EmitStageTests
{
    private static MemorySink RunSeeds(bool jcs)
    {
        var sink = new MemorySink();
        var config = PipelineConfig.Defaults(Repository.Root).WithStageOption("emit", "jcs", jcs);
        var plan = StageCatalog.Build(config, new StageEnvironment(sink));
        new PipelineRunner(plan).Run(new InputCollector(Repository.Root).Collect(["seeds"]), 2);
        return sink;
    }

    [Test]
    public void Output_ValidatesAgainstTheShippedSchemas()
    {
        var sink = RunSeeds(jcs: false);
        var bundleSchema = new JsonSchemaValidator(SchemaCatalog.Load("bundle"));
        var manifestSchema = new JsonSchemaValidator(SchemaCatalog.Load("manifest"));
        Assert.That(manifestSchema.Validate(JsonNode.Parse(sink.Files["manifest.json"])), Is.Empty);
        var bundles = sink.Files.Where(f => f.Key.StartsWith("bundles/", StringComparison.Ordinal)).ToList();
        Assert.That(bundles, Is.Not.Empty);
        foreach (var (name, bytes) in bundles)
        {
            Assert.That(bundleSchema.Validate(JsonNode.Parse(bytes)), Is.Empty, name);
        }
    }

    [Test]
    public void Digest_IsSha256OfTheCanonicalFormWithoutDigest()
    {
        var sink = RunSeeds(jcs: false);
        foreach (var (_, bytes) in sink.Files.Where(f => f.Key.StartsWith("bundles/", StringComparison.Ordinal)))
        {
            var bundle = JsonNode.Parse(bytes)!.AsObject();
            var digest = bundle["digest"]!.GetValue<string>();
            bundle.Remove("digest");
            var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(JsonTextWriter.Canonical(bundle)));
            Assert.That(digest, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Jcs_WritesTheCanonicalBytes_WithTheSameContent()
    {
        var indented = RunSeeds(jcs: false);
        var canonical = RunSeeds(jcs: true);
        Assert.That(canonical.Files.Keys.Order(), Is.EqualTo(indented.Files.Keys.Order()));
        foreach (var (name, bytes) in canonical.Files)
        {
            Assert.That(bytes, Is.EqualTo(JsonTextWriter.Canonical(JsonNode.Parse(bytes))), name);
            Assert.That(bytes, Is.EqualTo(JsonTextWriter.Canonical(JsonNode.Parse(indented.Files[name]))), name);
        }
    }

    [Test]
    public void Indented_IsUtf8WithLfAndAFinalNewline()
    {
        foreach (var (name, bytes) in RunSeeds(jcs: false).Files)
        {
            Assert.That(bytes, Does.Not.Contain((byte)'\r'), name);
            Assert.That(bytes[^1], Is.EqualTo((byte)'\n'), name);
            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), name);
        }
    }

    [Test]
    public void AtomicFolderSink_ReplacesWholeFiles_LeavesNoTemporaries_AndPrunesStaleBundles()
    {
        using var temp = new TempFolder();
        var sink = new AtomicFolderSink(temp.Path);
        sink.Write("bundles/old.json", "{}"u8);
        sink.Write("bundles/new.json", "{\"a\":1}"u8);
        sink.Write("bundles/new.json", "{\"a\":2}"u8);
        sink.Retain("bundles", new HashSet<string> { "bundles/new.json" });
        Assert.That(Directory.GetFiles(Path.Combine(temp.Path, "bundles")).Select(Path.GetFileName), Is.EqualTo(new[] { "new.json" }));
        Assert.That(File.ReadAllText(Path.Combine(temp.Path, "bundles/new.json")), Is.EqualTo("{\"a\":2}"));
        Assert.That(() => sink.Write("../escape.json", "{}"u8), Throws.ArgumentException);
    }

    [TestCase("bundle")]
    [TestCase("manifest")]
    [TestCase("pipeline")]
    public void ShippedSchemas_AreDraft202012(string name)
    {
        Assert.That(SchemaCatalog.Load(name)["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
    }
}
