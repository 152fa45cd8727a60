using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>Scores a run of consecutive sections of one document against a run of another's.</summary>
/// <remarks>Anchors weigh most: names and numbers that the two sections share, rare within the bundle. Relative
/// length is the Gale–Church signal and carries alignment where there are no anchors. Position keeps the alignment
/// near the diagonal; level and the printed number only break ties, because sources number wrongly.</remarks>
public sealed class SectionScorer(AnchorProfile profile, AlignOptions options)
{
    private readonly AnchorVector.Index _index = new(profile);
    private readonly Dictionary<(IReadOnlyList<SectionUnit>, int, int), AnchorVector> _runs = [];

    // Relative lengths are smoothed so that two near-empty sections are not "infinitely" different.
    private const double LengthFloor = 0.002;

    /// <summary>Scores the runs; <paramref name="explain"/> adds the heaviest shared anchors (slower, for chosen pairs).
    /// <paramref name="lettersRatio"/>, when known, is how many letters the second document spends for one of the first
    /// (Gale–Church's c): lengths are then compared as letters; otherwise as shares of each document, which assumes
    /// complete translations.</summary>
    public PairScore Score(IReadOnlyList<SectionUnit> a, int aStart, int aCount, IReadOnlyList<SectionUnit> b, int bStart, int bCount,
        bool explain = false, double? lettersRatio = null)
    {
        var (lengthA, midA, lettersA) = Run(a, aStart, aCount);
        var (lengthB, midB, lettersB) = Run(b, bStart, bCount);
        var (count, coverageA, coverageB) = _index.Compare(Vector(a, aStart, aCount), Vector(b, bStart, bCount));
        // The larger coverage is robust to a language that capitalizes common nouns (German), the smaller one makes a
        // run pay for a section it takes in without shared anchors; their weighted geometric mean uses both.
        // One shared anchor may be chance (a year, a city name); the second makes the match.
        var anchorScore = Math.Pow(Math.Max(coverageA, coverageB), 0.75) * Math.Pow(Math.Min(coverageA, coverageB), 0.25)
            * Math.Min(1, count / 2.0);
        var (expected, actual) = lettersRatio is { } c ? (lettersA * c, lettersB) : (lengthA, lengthB);
        var floor = lettersRatio is null ? LengthFloor : 1;
        var ratio = Math.Min(expected, actual) / Math.Max(expected, actual);
        var lengthAgreement = Math.Exp(-options.LengthSharpness * Math.Abs(Math.Log((expected + floor) / (actual + floor))));
        // Gale and Church: the spread of lengths grows slower than the length, so a ratio of short texts says little;
        // below ReliableLength letters the agreement counts only in proportion, and two short sections without shared
        // anchors do not pair on position alone.
        var reliability = Math.Min(1, Math.Min(lettersA, lettersB) / options.ReliableLength);
        var lengthScore = reliability * lengthAgreement;
        var gap = Math.Abs(midA - midB);
        var positionScore = Math.Max(0, 1 - (options.PositionSharpness * gap));
        var sameLevel = a[aStart].Level == b[bStart].Level;
        bool? sameNumber = a[aStart].Number is { } na && b[bStart].Number is { } nb ? na == nb : null;
        var score = (options.AnchorWeight * anchorScore) + (options.LengthWeight * lengthScore)
            + (options.PositionWeight * positionScore) + (options.LevelWeight * (sameLevel ? 1 : 0))
            + (options.NumberWeight * (sameNumber == true ? 1 : 0));
        IReadOnlyList<string> evidence = explain
            ? profile.Compare(Anchors(a, aStart, aCount), Anchors(b, bStart, bCount)).Evidence
            : [];
        return new PairScore(score, anchorScore, ratio, gap, sameLevel, sameNumber, evidence);
    }

    private AnchorVector Vector(IReadOnlyList<SectionUnit> units, int start, int count)
    {
        if (!_runs.TryGetValue((units, start, count), out var vector))
        {
            vector = count == 1
                ? _index.Of(units[start].Anchors)
                : _index.Union(Enumerable.Range(start, count).Select(i => Vector(units, i, 1)));
            _runs[(units, start, count)] = vector;
        }
        return vector;
    }

    private static HashSet<string> Anchors(IReadOnlyList<SectionUnit> units, int start, int count) =>
        units.Skip(start).Take(count).SelectMany(u => u.Anchors).ToHashSet(StringComparer.Ordinal);

    private static (double Length, double Middle, double Letters) Run(IReadOnlyList<SectionUnit> units, int start, int count)
    {
        double length = 0, letters = 0;
        for (var i = start; i < start + count; i++)
        {
            length += units[i].Length;
            letters += units[i].Letters;
        }
        return (length, (units[start].Start + units[start + count - 1].End) / 2, letters);
    }
}
