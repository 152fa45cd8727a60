using System.Collections.Frozen;

namespace Ingest.Core.Stages.Group;

/// <summary>IDF-weighted anchor sets over a corpus, and the cosine similarity of two of them.</summary>
public sealed class AnchorProfile
{
    private readonly FrozenDictionary<string, double> _idf;

    public AnchorProfile(IReadOnlyList<IReadOnlySet<string>> documents, double maxDocumentFrequency)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var anchor in documents.SelectMany(d => d))
        {
            frequency[anchor] = frequency.GetValueOrDefault(anchor) + 1;
        }
        var n = documents.Count;
        // With a handful of documents every shared anchor is in most of them, so the frequency cap only bites from 4 on.
        var cap = n >= 4 ? maxDocumentFrequency * n : n;
        _idf = frequency.Where(f => f.Value <= cap)
            .ToFrozenDictionary(f => f.Key, f => Math.Log(1.0 + (double)n / f.Value), StringComparer.Ordinal);
    }

    public double Weight(string anchor) => _idf.GetValueOrDefault(anchor);

    public double Cosine(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        double dot = 0, normA = 0, normB = 0;
        foreach (var anchor in a)
        {
            var w = Weight(anchor);
            normA += w * w;
            if (b.Contains(anchor))
            {
                dot += w * w;
            }
        }
        foreach (var anchor in b)
        {
            var w = Weight(anchor);
            normB += w * w;
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }
}
