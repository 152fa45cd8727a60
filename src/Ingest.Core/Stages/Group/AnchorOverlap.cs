namespace Ingest.Core.Stages.Group;

/// <summary>What two anchor sets share, weighted by an <see cref="AnchorProfile"/>.</summary>
/// <param name="Count">Distinct shared anchors with a weight.</param>
/// <param name="Shared">Their total weight.</param>
/// <param name="TotalA">Total weight of the first set.</param>
/// <param name="TotalB">Total weight of the second set.</param>
/// <param name="Top">Weight of the heaviest shared anchor.</param>
/// <param name="Evidence">The heaviest shared anchors, heaviest first.</param>
public sealed record AnchorOverlap(int Count, double Shared, double TotalA, double TotalB, double Top, IReadOnlyList<string> Evidence)
{
    public double CoverageA => TotalA == 0 ? 0 : Shared / TotalA;

    public double CoverageB => TotalB == 0 ? 0 : Shared / TotalB;

    /// <summary>Geometric mean of the two coverages: a cosine of the weighted sets.</summary>
    public double Similarity => TotalA == 0 || TotalB == 0 ? 0 : Shared / Math.Sqrt(TotalA * TotalB);

    /// <summary>The larger coverage: how much of the sparser set the other holds. Unlike the cosine it is not
    /// pulled down when one language capitalizes common nouns (German) and so has many anchors no translation shares.</summary>
    public double Containment => Math.Max(CoverageA, CoverageB);

    /// <summary>Share of the shared weight carried by one anchor: near 1 when a single name makes the link.</summary>
    public double TopShare => Shared == 0 ? 1 : Top / Shared;
}
