using System.Collections.Frozen;

namespace Ingest.Core.Stages.Group;

/// <summary>Anchor weights over a collection (IDF times the kind's weight), and the comparison of two anchor sets.</summary>
public sealed class AnchorProfile
{
    private readonly FrozenDictionary<string, double> _weight;
    private readonly FrozenDictionary<string, int> _frequency;

    /// <param name="documents">The anchor sets of the collection (documents, or the sections of a bundle).</param>
    /// <param name="maxDocumentFrequency">Anchors in more than this share of the sets count for nothing ...</param>
    /// <param name="kinds">Weights per anchor kind.</param>
    /// <param name="minSetsForCap">... once there are this many sets.</param>
    public AnchorProfile(IReadOnlyList<IReadOnlySet<string>> documents, double maxDocumentFrequency, AnchorWeights kinds, int minSetsForCap = 10)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in documents)
        {
            foreach (var anchor in set)
            {
                frequency[anchor] = frequency.GetValueOrDefault(anchor) + 1;
            }
        }
        var n = documents.Count;
        // In a small collection (two bundles about one city) the names of a bundle are in most documents, and still
        // tell its members apart from the rest; the IDF alone weighs them down there.
        var cap = n >= minSetsForCap ? maxDocumentFrequency * n : n;
        _frequency = frequency.ToFrozenDictionary(StringComparer.Ordinal);
        _weight = frequency.Where(f => f.Value <= cap)
            .ToFrozenDictionary(f => f.Key, f => Math.Log(1.0 + (double)n / f.Value) * kinds.Of(f.Key), StringComparer.Ordinal);
    }

    public double Weight(string anchor) => _weight.GetValueOrDefault(anchor);

    /// <summary>In how many sets of the collection <paramref name="anchor"/> occurs.</summary>
    public int Frequency(string anchor) => _frequency.GetValueOrDefault(anchor);

    public double Total(IReadOnlySet<string> anchors) => anchors.Sum(Weight);

    /// <summary>Shared weight, coverage of each side, and the heaviest shared anchors (for evidence).</summary>
    public AnchorOverlap Compare(IReadOnlySet<string> a, IReadOnlySet<string> b, int evidenceCount = 4) =>
        Compare(a, b, Total(a), Total(b), evidenceCount);

    /// <summary><see cref="Compare(IReadOnlySet{string}, IReadOnlySet{string}, int)"/> with the sets' totals known
    /// (a document is compared with many others; its total is the same each time).</summary>
    public AnchorOverlap Compare(IReadOnlySet<string> a, IReadOnlySet<string> b, double totalA, double totalB, int evidenceCount = 4)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = new List<(string Anchor, double Weight)>();
        foreach (var anchor in small)
        {
            var w = Weight(anchor);
            if (w > 0 && large.Contains(anchor))
            {
                shared.Add((anchor, w));
            }
        }
        var sharedWeight = shared.Sum(s => s.Weight);
        var top = shared.Count == 0 ? 0 : shared.Max(s => s.Weight);
        var evidence = shared.OrderByDescending(s => s.Weight).ThenBy(s => s.Anchor, StringComparer.Ordinal)
            .Take(evidenceCount).Select(s => s.Anchor).ToList();
        return new AnchorOverlap(shared.Count, sharedWeight, totalA, totalB, top, evidence);
    }
}
