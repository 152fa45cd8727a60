namespace Ingest.Core.Stages.Align;

/// <summary>The score of a candidate pair of section runs, with its parts (for evidence and tests).</summary>
/// <param name="Score">Weighted sum of the parts, in [0, 1].</param>
/// <param name="Anchors">Anchor overlap in [0, 1].</param>
/// <param name="LengthRatio">Smaller relative length over larger.</param>
/// <param name="PositionGap">Distance of the relative midpoints in [0, 1].</param>
/// <param name="SameLevel">Whether the first sections of the runs have the same level.</param>
/// <param name="SameNumber">Whether both have the same printed number (null when either has none).</param>
/// <param name="SharedAnchors">The heaviest shared anchors.</param>
public sealed record PairScore(
    double Score,
    double Anchors,
    double LengthRatio,
    double PositionGap,
    bool SameLevel,
    bool? SameNumber,
    IReadOnlyList<string> SharedAnchors);
