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
    /// <param name="minSetsForCap">... once there are this many sets ...</param>
    /// <param name="languages">... counted within each language when given (null: undetermined). Site furniture (a
    /// project's name on every page) is in most documents of a language; the names of a text translated into many
    /// languages are in one document per language, however much of the collection that text is.</param>
    public AnchorProfile(IReadOnlyList<IReadOnlySet<string>> documents, double maxDocumentFrequency, AnchorWeights kinds, int minSetsForCap = 10,
        IReadOnlyList<string?>? languages = null)
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
        _frequency = frequency.ToFrozenDictionary(StringComparer.Ordinal);
        var capped = CappedAnchors(documents, languages, maxDocumentFrequency, minSetsForCap);
        _weight = frequency.Where(f => !capped.Contains(f.Key))
            .ToFrozenDictionary(f => f.Key, f => Math.Log(1.0 + (double)n / f.Value) * kinds.Of(f.Key), StringComparer.Ordinal);
    }

    /// <summary>Anchors in more than the allowed share of the sets of one language, in languages with enough sets.</summary>
    /// <remarks>In a small collection (two bundles about one city) the names of a bundle are in most documents, and
    /// still tell its members apart from the rest; the IDF alone weighs them down there.</remarks>
    private static HashSet<string> CappedAnchors(IReadOnlyList<IReadOnlySet<string>> documents, IReadOnlyList<string?>? languages,
        double maxDocumentFrequency, int minSetsForCap)
    {
        var capped = new HashSet<string>(StringComparer.Ordinal);
        var groups = Enumerable.Range(0, documents.Count).GroupBy(i => languages?[i] ?? string.Empty, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.ToList();
            // Documents of undetermined language are not one language: many of them (a text in languages the
            // identifier does not know) are no site whose furniture repeats.
            if (members.Count < minSetsForCap || (languages is not null && group.Key.Length == 0))
            {
                continue;
            }
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var anchor in members.SelectMany(i => documents[i]))
            {
                frequency[anchor] = frequency.GetValueOrDefault(anchor) + 1;
            }
            capped.UnionWith(frequency.Where(f => f.Value > maxDocumentFrequency * members.Count).Select(f => f.Key));
        }
        return capped;
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
