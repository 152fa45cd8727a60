using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Core.Json;
using Ingest.Core.Pipeline;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Pipeline;

public sealed class PipelineConfigLoaderTests
{
    private static ConfigException Fails(string json) =>
        Assert.Throws<ConfigException>(() => PipelineConfigLoader.Parse(json, "p.json", "."))!;

    [Test]
    public void Parse_RejectsUnknownStage_NamingPathAndChoices()
    {
        var error = Fails("""{"stages":[{"name":"read"},{"name":"translate"}]}""");
        Assert.That(error.File, Is.EqualTo("p.json"));
        Assert.That(error.Problems, Has.Some.StartsWith("$.stages[1].name: expected one of \"read\""));
    }

    [Test]
    public void Parse_RejectsMisspeltOption_NamingTheAllowedOnes()
    {
        var error = Fails("""{"stages":[{"name":"read"},{"name":"repair","options":{"minCorrupRun":2}}]}""");
        Assert.That(error.Problems, Has.Some.Matches<string>(p =>
            p!.StartsWith("$.stages[1].options.minCorrupRun: unknown property", StringComparison.Ordinal) && p.Contains("minCorruptRun", StringComparison.Ordinal)));
    }

    [Test]
    public void Parse_RejectsValueOfWrongType()
    {
        var error = Fails("""{"stages":[{"name":"read"},{"name":"group","options":{"threshold":"high"}}]}""");
        Assert.That(error.Problems, Has.Some.StartsWith("$.stages[1].options.threshold: expected number"));
    }

    [Test]
    public void Parse_RejectsStagesOutOfOrder()
    {
        var error = Fails("""{"stages":[{"name":"read"},{"name":"sections"},{"name":"parse"}]}""");
        Assert.That(error.Problems, Has.Some.StartsWith("$.stages[2].name"));
    }

    [Test]
    public void Parse_RejectsInvalidJson_WithLine()
    {
        var error = Fails("{\n  \"stages\": [\n}");
        Assert.That(error.Problems.Single(), Does.StartWith("not valid JSON at line 3"));
    }

    [Test]
    public void Parse_BindsOptions_AndKeepsDefaultsForTheRest()
    {
        var config = PipelineConfigLoader.Parse("""{"limits":{"maxFileBytes":10},"stages":[{"name":"read"},{"name":"emit","options":{"jcs":true}}]}""", "p.json", ".");
        Assert.That(config.Limits.MaxFileBytes, Is.EqualTo(10));
        Assert.That(config.Stages.Select(s => s.Name), Is.EqualTo(new[] { "read", "emit" }));
        var plan = StageCatalog.Build(config, new StageEnvironment(new MemorySink()));
        Assert.That(plan.DocumentStages.Select(s => s.Name), Is.EqualTo(new[] { "read" }));
        Assert.That(plan.CorpusStages.Select(s => s.Name), Is.EqualTo(new[] { "emit" }));
    }

    [Test]
    public void RepositoryPipelineJson_IsValid_AndListsEveryStageInOrder()
    {
        var config = PipelineConfigLoader.Load(Repository.PathOf("pipeline.json"));
        Assert.That(config.Stages.Select(s => s.Name), Is.EqualTo(StageCatalog.Names));
    }

    [Test]
    public void RepositoryPipelineJson_SpellsOutEveryOptionWithItsDefault()
    {
        // pipeline.json documents the defaults: each stage lists every option its schema allows, at the built-in value.
        var schema = SchemaCatalog.Load("pipeline");
        var config = PipelineConfigLoader.Load(Repository.PathOf("pipeline.json"));
        foreach (var stage in config.Stages)
        {
            var allowed = schema["$defs"]![stage.Name + "Options"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
            Assert.That(stage.Options.Select(o => o.Key).Order(StringComparer.Ordinal), Is.EqualTo(allowed), stage.Name);
        }
        var defaults = PipelineConfig.Defaults(".");
        foreach (var stage in config.Stages)
        {
            var fromFile = Serialize(StageCatalog.BindOptions(stage));
            var builtIn = Serialize(StageCatalog.BindOptions(defaults.Stages.Single(s => s.Name == stage.Name)));
            Assert.That(fromFile, Is.EqualTo(builtIn), stage.Name);
        }
        Assert.That(config.Limits, Is.EqualTo(defaults.Limits));
    }

    [TestCaseSource(typeof(StageCatalog), nameof(StageCatalog.Names))]
    public void BindOptions_KeepsTheDefaults_OfEveryOptionNotWritten(string stage)
    {
        var defaults = StageCatalog.BindOptions(new StageConfig(stage, []));
        var all = (JsonObject)JsonNode.Parse(Serialize(defaults))!;
        foreach (var (name, value) in all)
        {
            // Write one option at its default value: everything else must still come out at its default, not 0.
            var one = StageCatalog.BindOptions(new StageConfig(stage, new JsonObject { [name] = value?.DeepClone() }));
            Assert.That(Serialize(one), Is.EqualTo(Serialize(defaults)), $"{stage}.{name}");
        }
    }

    [Test]
    public void BindOptions_MergesNestedObjects()
    {
        var bound = (Ingest.Core.Stages.Read.ReadOptions)StageCatalog.BindOptions(
            new StageConfig("read", new JsonObject { ["pdf"] = new JsonObject { ["password"] = "x" } }));
        Assert.That(bound.Pdf.Password, Is.EqualTo("x"));
        Assert.That(bound.Pdf.MaxNestingDepth, Is.EqualTo(new Ingest.Core.Stages.Read.Pdf.PdfOptions().MaxNestingDepth));
        Assert.That(bound.FallbackEncoding, Is.EqualTo(new Ingest.Core.Stages.Read.ReadOptions().FallbackEncoding));
    }

    private static string Serialize(object options) => JsonSerializer.Serialize(options, options.GetType(), JsonContext.Default);
}
