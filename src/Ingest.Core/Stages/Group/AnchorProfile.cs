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
        // One pass counts each anchor overall and within its document's language (for the cap).
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, LanguageCounts>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var language = languages?[i] ?? string.Empty;
            if (!byLanguage.TryGetValue(language, out var group))
            {
                byLanguage[language] = group = new LanguageCounts();
            }
            group.Documents++;
            foreach (var anchor in documents[i])
            {
                frequency[anchor] = frequency.GetValueOrDefault(anchor) + 1;
                group.Frequency[anchor] = group.Frequency.GetValueOrDefault(anchor) + 1;
            }
        }
        var n = documents.Count;
        _frequency = frequency.ToFrozenDictionary(StringComparer.Ordinal);
        var capped = CappedAnchors(byLanguage, languages is not null, maxDocumentFrequency, minSetsForCap);
        _weight = frequency.Where(f => !capped.Contains(f.Key))
            .ToFrozenDictionary(f => f.Key, f => Math.Log(1.0 + (double)n / f.Value) * kinds.Of(f.Key), StringComparer.Ordinal);
    }

    /// <summary>Anchors in more than the allowed share of the sets of one language, in languages with enough sets.</summary>
    /// <remarks>In a small collection (two bundles about one city) the names of a bundle are in most documents, and
    /// still tell its members apart from the rest; the IDF alone weighs them down there.</remarks>
    private static HashSet<string> CappedAnchors(Dictionary<string, LanguageCounts> byLanguage,
        bool hasLanguages, double maxDocumentFrequency, int minSetsForCap)
    {
        var capped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (language, counts) in byLanguage)
        {
            // Documents of undetermined language are not one language: many of them (a text in languages the
            // identifier does not know) are no site whose furniture repeats.
            if (counts.Documents < minSetsForCap || (hasLanguages && language.Length == 0))
            {
                continue;
            }
            capped.UnionWith(counts.Frequency.Where(f => f.Value > maxDocumentFrequency * counts.Documents).Select(f => f.Key));
        }
        return capped;
    }

    /// <summary>How many documents of one language there are, and in how many of them each anchor is.</summary>
    private sealed class LanguageCounts
    {
        public int Documents { get; set; }

        public Dictionary<string, int> Frequency { get; } = new(StringComparer.Ordinal);
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
