using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Group;
using Ingest.Core.Tests.Stages.Group;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Align;

public sealed class SeedGoldTests
{
    private static GoldScore ScoreSeeds(out Corpus corpus)
    {
        var context = new StageContext(SeverityPolicy.Default);
        corpus = new AlignStage(new AlignOptions()).Run(new GroupStage(new GroupOptions()).Run(SeedCorpus.Documents, context), context);
        var gold = AlignmentGold.Parse(File.ReadAllText(Path.Combine(SeedCorpus.RepositoryRoot, "tests/Ingest.Evaluation/Alignment/seed-gold.tsv")));
        return gold.Score(corpus.Documents, corpus.Bundles.SelectMany(b => b.Alignments).ToList());
    }

    [Test]
    public void Align_ReachesF1Target_OnSeedGold()
    {
        var score = ScoreSeeds(out _);

        TestContext.Out.WriteLine($"P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000} gold {score.Gold} predicted {score.Predicted}");
        foreach (var line in score.Unresolved.Select(u => "unresolved " + u).Concat(score.Wrong.Select(w => "wrong " + w)).Concat(score.Missed.Select(m => "missed " + m)))
        {
            TestContext.Out.WriteLine(line);
        }
        Assert.That(score.F1, Is.GreaterThanOrEqualTo(0.95));
    }
}
