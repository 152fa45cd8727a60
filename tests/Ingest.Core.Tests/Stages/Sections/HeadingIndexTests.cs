using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Ingest.Core.Model;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Tests.Stages.Sections;

/// <summary>The heading index finds exactly the headings a pairwise <see cref="TitleMatcher"/> comparison finds.</summary>
[TestFixture]
public sealed class HeadingIndexTests
{
    private static readonly string[] Words =
    [
        "integration", "policy", "jobteam", "ghent", "city", "migration", "und", "die", "Stadt", "Überblick", "Город",
        "政策", "2023", "v8.1.0", "summary", "summery", "context", "(LTS)", "—", "a", "of",
    ];

    private static Arbitrary<string[]> Titles() =>
        Gen.Elements(Words).ListOf().Where(w => w.Count is > 0 and < 7).Select(w => string.Join(" ", w)).ArrayOf()
            .Where(t => t.Length is > 0 and < 40).ToArbitrary();

    [Test]
    public void Same_FindsExactlyThePairwiseMatches()
    {
        Prop.ForAll(Titles(), Titles(), (headings, lines) =>
        {
            var blocks = headings.Select(h => new Block(BlockKind.Heading, h, default)).ToImmutableArray();
            var index = new HeadingIndex(blocks);
            return lines.Concat(headings).All(line =>
            {
                var key = TitleMatcher.Key(line);
                var expected = Enumerable.Range(0, headings.Length)
                    .Where(h => TitleMatcher.SameKeys(key, TitleMatcher.Key(headings[h]))).ToArray();
                return index.Same(key).SequenceEqual(expected);
            });
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Same_FindsSubtitlesAndSpellingDrift_AndSameNumber_NeedsTheNumber()
    {
        var blocks = ImmutableArray.Create(
            new Block(BlockKind.Heading, "Integration policy: the long view", default),
            new Block(BlockKind.Paragraph, "Integration policy", default),
            new Block(BlockKind.Heading, "Jobteam Gent", default, Number: "3.2"),
            new Block(BlockKind.Heading, "Integration policy", default));
        var index = new HeadingIndex(blocks);

        Assert.That(index.Same(TitleMatcher.Key("Integration policy")), Is.EqualTo(new[] { 0, 3 }));
        Assert.That(index.Same(TitleMatcher.Key("Jobteam Ghent")), Is.EqualTo(new[] { 2 }));
        Assert.That(index.SameNumber("3.2", TitleMatcher.Key("Jobteam in Gent"), 0.5), Is.EqualTo(new[] { 2 }));
        Assert.That(index.SameNumber("3.3", TitleMatcher.Key("Jobteam Gent"), 0.5), Is.Empty);
    }
}
