using Ingest.Core.Stages.Align;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Align;

public sealed class SequenceAlignerTests
{
    private static PairScore Score(double value) => new(value, 0, 1, 0, true, null, []);

    private static string Pairs(IReadOnlyList<RunPair> pairs) =>
        string.Join(" ", pairs.Select(p => $"{p.AStart}+{p.ACount}:{p.BStart}+{p.BCount}"));

    [Test]
    public void Align_MatchesDiagonal_WhenScoresAreHighThere()
    {
        var pairs = SequenceAligner.Align(3, 3, (i, da, j, db) => Score(da == 1 && db == 1 && i == j ? 0.9 : 0.1), 0.3, 0.05);

        Assert.That(Pairs(pairs), Is.EqualTo("0+1:0+1 1+1:1+1 2+1:2+1"));
    }

    [Test]
    public void Align_LeavesSectionOut_WhenOtherDocumentLacksIt()
    {
        // b lacks a[1]: a0=b0, a2=b1.
        var pairs = SequenceAligner.Align(3, 2, (i, da, j, db) => Score(da == 1 && db == 1 && ((i == 0 && j == 0) || (i == 2 && j == 1)) ? 0.9 : 0.1), 0.3, 0.05);

        Assert.That(Pairs(pairs), Is.EqualTo("0+1:0+1 2+1:1+1"));
    }

    [Test]
    public void Align_JoinsTwoSections_WhenTheirRunScoresBetterThanEitherAlone()
    {
        // a[1] and a[2] together are b[1].
        var pairs = SequenceAligner.Align(3, 2, (i, da, j, db) => Score((i, da, j, db) switch
        {
            (0, 1, 0, 1) => 0.9,
            (1, 2, 1, 1) => 0.9,
            (1, 1, 1, 1) or (2, 1, 1, 1) => 0.4,
            _ => 0.1,
        }), 0.3, 0.05, maxRun: 3);

        Assert.That(Pairs(pairs), Is.EqualTo("0+1:0+1 1+2:1+1"));
    }

    [Test]
    public void Align_MatchesNothing_WhenAllScoresAreBelowMinimum()
    {
        var pairs = SequenceAligner.Align(4, 4, (i, da, j, db) => Score(0.2), 0.3, 0.05);

        Assert.That(pairs, Is.Empty);
    }
}
