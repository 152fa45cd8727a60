using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>An anchor set as sorted ids with a total weight, so that the many run-against-run comparisons of the
/// alignment DP are merges of two short arrays instead of hash-set work.</summary>
internal sealed class AnchorVector
{
    private AnchorVector(int[] ids, double total)
    {
        Ids = ids;
        Total = total;
    }

    public int[] Ids { get; }

    public double Total { get; }

    /// <summary>Maps anchors to ids (only those with a weight count) and weights.</summary>
    internal sealed class Index(AnchorProfile profile)
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<double> _weights = [];

        public double Weight(int id) => _weights[id];

        public AnchorVector Of(IEnumerable<string> anchors)
        {
            var ids = new List<int>();
            foreach (var anchor in anchors)
            {
                if (!_ids.TryGetValue(anchor, out var id))
                {
                    var weight = profile.Weight(anchor);
                    if (weight <= 0)
                    {
                        continue;
                    }
                    id = _ids[anchor] = _weights.Count;
                    _weights.Add(weight);
                }
                ids.Add(id);
            }
            var sorted = ids.Distinct().Order().ToArray();
            return new AnchorVector(sorted, sorted.Sum(Weight));
        }

        public AnchorVector Union(IEnumerable<AnchorVector> vectors)
        {
            var sorted = vectors.SelectMany(v => v.Ids).Distinct().Order().ToArray();
            return new AnchorVector(sorted, sorted.Sum(Weight));
        }

        /// <summary>Shared anchors' count and their coverage of each vector.</summary>
        public (int Count, double CoverageA, double CoverageB) Compare(AnchorVector a, AnchorVector b)
        {
            int i = 0, j = 0, count = 0;
            double shared = 0;
            while (i < a.Ids.Length && j < b.Ids.Length)
            {
                if (a.Ids[i] == b.Ids[j])
                {
                    shared += _weights[a.Ids[i]];
                    count++;
                    i++;
                    j++;
                }
                else if (a.Ids[i] < b.Ids[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
            return (count, a.Total == 0 ? 0 : shared / a.Total, b.Total == 0 ? 0 : shared / b.Total);
        }
    }
}
