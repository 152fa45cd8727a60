using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ingest.Core.Json;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Group;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Group;

/// <summary>pipeline.json lists every group and align option with its default value: an option left out is bound
/// as zero (the source-generated binder sets every init property), so a missing one silently changes behaviour.</summary>
public sealed class PipelineOptionsTests
{
    private static string Bound<T>(string stage, JsonTypeInfo<T> type) where T : class
    {
        var config = PipelineConfigLoader.Load(Path.Combine(SeedCorpus.RepositoryRoot, "pipeline.json"));
        var options = config.Stages.Single(s => s.Name == stage).Options.Deserialize(type)!;
        return JsonSerializer.Serialize(options, type);
    }

    [Test]
    public void PipelineJson_ListsGroupDefaults() =>
        Assert.That(Bound("group", JsonContext.Default.GroupOptions), Is.EqualTo(JsonSerializer.Serialize(new GroupOptions(), JsonContext.Default.GroupOptions)));

    [Test]
    public void PipelineJson_ListsAlignDefaults() =>
        Assert.That(Bound("align", JsonContext.Default.AlignOptions), Is.EqualTo(JsonSerializer.Serialize(new AlignOptions(), JsonContext.Default.AlignOptions)));
}
