using System.Text.Json;
using Ingest.Core.Json;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Tests.Stages.Parse;

/// <summary>Options left out of pipeline.json get their defaults back (the source-generated binding leaves them at zero).</summary>
public sealed class ParseOptionsBindingTests
{
    [Test]
    public void ParseOptions_WithDefaults_RestoresOptionsOmittedFromJson()
    {
        var options = JsonSerializer.Deserialize("{\"maxHeadingLength\": 100}", JsonContext.Default.ParseOptions)!.WithDefaults();

        Assert.That((options.MaxHeadingLength, options.MaxHeadingWords, options.MaxShortLineWords), Is.EqualTo((100, 16, 6)));
    }

    [Test]
    public void SectionsOptions_WithDefaults_RestoresOptionsOmittedFromJson()
    {
        var options = JsonSerializer.Deserialize("{\"maxLevel\": 4}", JsonContext.Default.SectionsOptions)!.WithDefaults();

        Assert.That((options.MaxLevel, options.MinTocEntries), Is.EqualTo((4, 3)));
    }
}
