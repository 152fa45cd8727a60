using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>Scores a run of consecutive sections of one document against a run of another's.</summary>
/// <remarks>Anchors weigh most: names and numbers that the two sections share, rare within the bundle. Relative
/// length is the Gale–Church signal and carries alignment where there are no anchors. Position keeps the alignment
/// near the diagonal; level and the printed number only break ties, because sources number wrongly.</remarks>
public sealed class SectionScorer(AnchorProfile profile, AlignOptions options)
{
    // Relative lengths are smoothed so that two near-empty sections are not "infinitely" different.
    private const double LengthFloor = 0.002;

    public PairScore Score(IReadOnlyList<SectionUnit> a, int aStart, int aCount, IReadOnlyList<SectionUnit> b, int bStart, int bCount)
    {
        var (anchorsA, lengthA, midA, lettersA) = Run(a, aStart, aCount);
        var (anchorsB, lengthB, midB, lettersB) = Run(b, bStart, bCount);
        var overlap = profile.Compare(anchorsA, anchorsB);
        // One shared anchor may be chance (a year, a city name); the second makes the match.
        var anchorScore = overlap.Containment * Math.Min(1, overlap.Count / 2.0);
        var ratio = Math.Min(lengthA, lengthB) / Math.Max(lengthA, lengthB);
        var lengthAgreement = Math.Exp(-options.LengthSharpness * Math.Abs(Math.Log((lengthA + LengthFloor) / (lengthB + LengthFloor))));
        // Gale and Church: the spread of lengths grows slower than the length, so a ratio of short texts says little;
        // below ReliableLength letters the agreement is drawn towards neutral.
        var reliability = Math.Min(1, Math.Min(lettersA, lettersB) / options.ReliableLength);
        var lengthScore = (reliability * lengthAgreement) + ((1 - reliability) * 0.5);
        var gap = Math.Abs(midA - midB);
        var positionScore = Math.Max(0, 1 - (options.PositionSharpness * gap));
        var sameLevel = a[aStart].Level == b[bStart].Level;
        bool? sameNumber = a[aStart].Number is { } na && b[bStart].Number is { } nb ? na == nb : null;
        var score = (options.AnchorWeight * anchorScore) + (options.LengthWeight * lengthScore)
            + (options.PositionWeight * positionScore) + (options.LevelWeight * (sameLevel ? 1 : 0))
            + (options.NumberWeight * (sameNumber == true ? 1 : 0));
        return new PairScore(score, anchorScore, ratio, gap, sameLevel, sameNumber, overlap.Evidence);
    }

    private static (IReadOnlySet<string> Anchors, double Length, double Middle, double Letters) Run(IReadOnlyList<SectionUnit> units, int start, int count)
    {
        if (count == 1)
        {
            var unit = units[start];
            return (unit.Anchors, unit.Length, (unit.Start + unit.End) / 2, unit.Letters);
        }
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        double length = 0, letters = 0;
        for (var i = start; i < start + count; i++)
        {
            anchors.UnionWith(units[i].Anchors);
            length += units[i].Length;
            letters += units[i].Letters;
        }
        return (anchors, length, (units[start].Start + units[start + count - 1].End) / 2, letters);
    }
}
