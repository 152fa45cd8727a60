using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Group;
using NUnit.Framework;
using static Ingest.Core.Tests.Stages.Align.AlignFixtures;

namespace Ingest.Core.Tests.Stages.Align;

public sealed class SectionScorerTests
{
    [Test]
    public void Score_LetsAnchorsOutvoteSectionNumbers()
    {
        // The German report numbers Jobteam Gent "3.3", the English one "3.2"; both have a "3.3 Refu Interim".
        var german = SectionUnits.Of([
            Section("de1", "Jobteam Gent", Text(120, "de", "Jobteam Gent", "Renaud Teukam", "1.500"), 2, "3.3"),
            Section("de2", "Refu Interim", Text(120, "de", "Refu Interim", "Gentse Feesten", "2016"), 2, "3.3"),
        ]);
        var english = SectionUnits.Of([
            Section("en1", "Jobteam Gent", Text(120, "en", "Jobteam Gent", "Renaud Teukam", "1,500"), 2, "3.2"),
            Section("en2", "Refu Interim", Text(120, "en", "Refu Interim", "Gentse Feesten", "2016"), 2, "3.3"),
        ]);
        var profile = new AnchorProfile([.. german.Concat(english).Select(u => u.Anchors)], 1.0, new AnchorWeights());
        var scorer = new SectionScorer(profile, new AlignOptions());

        var right = scorer.Score(german, 0, 1, english, 0, 1);
        var sameNumber = scorer.Score(german, 0, 1, english, 1, 1);

        Assert.That(right.Score, Is.GreaterThan(sameNumber.Score));
        Assert.That(right.SameNumber, Is.False);
    }

    [Test]
    public void Score_ListsSharedAnchors_OnlyWhenAskedToExplain()
    {
        var a = SectionUnits.Of([Section("a", "Refu Interim", Text(50, "de", "Refu Interim", "2016"))]);
        var b = SectionUnits.Of([Section("b", "Refu Interim", Text(50, "en", "Refu Interim", "2016"))]);
        var scorer = new SectionScorer(new AnchorProfile([a[0].Anchors, b[0].Anchors], 1.0, new AnchorWeights()), new AlignOptions());

        Assert.That(scorer.Score(a, 0, 1, b, 0, 1).SharedAnchors, Is.Empty);
        Assert.That(scorer.Score(a, 0, 1, b, 0, 1, explain: true).SharedAnchors, Does.Contain("phrase:refu interim"));
    }
}
