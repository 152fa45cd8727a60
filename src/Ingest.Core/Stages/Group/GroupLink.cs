namespace Ingest.Core.Stages.Group;

/// <summary>A scored candidate pair of documents.</summary>
/// <param name="A">Index of the first document (the smaller index).</param>
/// <param name="B">Index of the second document.</param>
/// <param name="Overlap">Shared anchors.</param>
/// <param name="LengthRatio">Shorter length over longer length.</param>
/// <param name="Structure">Correlation of the section length profiles (0 when not comparable).</param>
public sealed record GroupLink(int A, int B, AnchorOverlap Overlap, double LengthRatio, double Structure = 0)
{
    /// <summary>Index of the shorter document of the pair.</summary>
    public int Shorter(IReadOnlyList<GroupInput> inputs) => inputs[A].Length <= inputs[B].Length ? A : B;

    /// <summary>How much of the shorter document's anchor weight the longer one has.</summary>
    public double ShorterCoverage(IReadOnlyList<GroupInput> inputs) =>
        Shorter(inputs) == A ? Overlap.CoverageA : Overlap.CoverageB;
}
