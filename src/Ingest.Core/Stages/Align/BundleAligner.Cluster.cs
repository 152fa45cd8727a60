using Ingest.Core.Model;

namespace Ingest.Core.Stages.Align;

public sealed partial class BundleAligner
{
    /// <summary>Pivot sections and the runs of other documents aligned with them.</summary>
    private sealed class Cluster
    {
        public SortedSet<int> Pivot { get; } = [];

        public List<ClusterMember> Members { get; } = [];
    }

    /// <summary>A run of a non-pivot document and the score of its pairing with the pivot.</summary>
    private sealed record ClusterMember(AlignedDocument Document, int Start, int Count, PairScore Score);

    /// <summary>An alignment with the key that puts it in bundle order.</summary>
    private sealed record OrderedAlignment(Alignment Alignment, long Order);
}
