using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Group;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Group;

public sealed class GroupStageTests
{
    [Test]
    public void Run_GroupsSeedPagesAndReportsApart_AndLeavesDutchPageAlone()
    {
        var corpus = new GroupStage(new GroupOptions()).Run(SeedCorpus.Documents, new StageContext(SeverityPolicy.Default));

        var groups = corpus.Bundles
            .Select(b => string.Join("+", b.Documents.Select(id => Path.GetFileName(corpus.GetDocument(id).Source.Path)[..3]).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();

        Assert.That(groups, Is.EqualTo(new[] { "000+001", "002+004", "003" }));
    }

    [Test]
    public void Run_GivesSameKeys_WhenDocumentsComeInAnotherOrder()
    {
        var seeds = SeedCorpus.Documents;
        var reversed = seeds with { Documents = [.. seeds.Documents.Reverse()] };

        var keys = new GroupStage(new GroupOptions()).Run(seeds, new StageContext(SeverityPolicy.Default)).Bundles.Select(b => b.Key);
        var reversedKeys = new GroupStage(new GroupOptions()).Run(reversed, new StageContext(SeverityPolicy.Default)).Bundles.Select(b => b.Key);

        Assert.That(reversedKeys, Is.EquivalentTo(keys));
    }

    [Test]
    public void Run_ReportsSummary_WhenLonePageJoinsItsReport()
    {
        var seeds = SeedCorpus.Documents;
        var withoutPolish = seeds with { Documents = [.. seeds.Documents.Where(d => !Path.GetFileName(d.Source.Path).StartsWith("001", StringComparison.Ordinal))] };
        var context = new StageContext(SeverityPolicy.Default);

        var corpus = new GroupStage(new GroupOptions()).Run(withoutPolish, context);

        var german = SeedCorpus.ByPrefix("000");
        Assert.That(corpus.Bundles.Single(b => b.Documents.Contains(german.Id)).Documents, Has.Length.EqualTo(3));
        Assert.That(context.Diagnostics.Where(d => d.Code != "ING602").Select(d => (d.Code, d.Document)), Is.EquivalentTo(new[] { ("ING601", german.Id) }));
    }

    [Test]
    public void Run_ReportsNoSummary_OnTheSeeds()
    {
        var context = new StageContext(SeverityPolicy.Default);

        new GroupStage(new GroupOptions()).Run(SeedCorpus.Documents, context);

        Assert.That(context.Diagnostics.Where(d => d.Code != "ING602"), Is.Empty);
    }
}
