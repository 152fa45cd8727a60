using System.Collections.Immutable;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Group;

/// <summary>Groups documents that share rare language-independent anchors into bundles; the rest are bundles of one.</summary>
/// <remarks>Candidates come from an inverted index of anchors, so only documents that share one are ever compared.</remarks>
public sealed class GroupStage(GroupOptions options) : ICorpusStage
{
    public string Name => "group";

    public Corpus Run(Corpus corpus, StageContext context)
    {
        var documents = corpus.Documents;
        var anchors = documents.Select(d => (IReadOnlySet<string>)AnchorExtractor.Extract(d.Text)).ToList();
        var profile = new AnchorProfile(anchors, options.MaxDocumentFrequency);
        var sets = new DisjointSets(documents.Length);
        foreach (var (a, b) in CandidatePairs(anchors, profile))
        {
            if (profile.Cosine(anchors[a], anchors[b]) >= options.Threshold)
            {
                sets.Union(a, b);
            }
        }
        var bundles = Enumerable.Range(0, documents.Length)
            .GroupBy(sets.Find)
            .Select(g => MakeBundle([.. g.Select(i => documents[i])]))
            .OrderBy(b => b.Key, StringComparer.Ordinal)
            .ToImmutableArray();
        return corpus with { Bundles = bundles };
    }

    private static IEnumerable<(int, int)> CandidatePairs(List<IReadOnlySet<string>> anchors, AnchorProfile profile)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < anchors.Count; i++)
        {
            foreach (var anchor in anchors[i].Where(a => profile.Weight(a) > 0))
            {
                if (!postings.TryGetValue(anchor, out var list))
                {
                    postings[anchor] = list = [];
                }
                list.Add(i);
            }
        }
        var pairs = new SortedSet<(int, int)>();
        foreach (var list in postings.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    pairs.Add((list[x], list[y]));
                }
            }
        }
        return pairs;
    }

    private static Bundle MakeBundle(List<Document> members)
    {
        var lead = members.OrderByDescending(d => d.Sections.Length).ThenBy(d => d.Source.Path, StringComparer.Ordinal).First();
        var ids = members.Select(d => d.Id).Order(StringComparer.Ordinal).ToImmutableArray();
        return new Bundle(BundleKeys.For(lead.Title, ids), ids, []);
    }
}
