namespace Ingest.Core.Stages.Group;

/// <summary>Candidate pairs of documents from an inverted index of their rare anchors (pairs that share at least two),
/// and from their section counts (pairs whose counts differ by at most one, for structure links).</summary>
/// <remarks>Anchors with no weight (too common) or in more than <see cref="GroupOptions.MaxPostings"/> documents, and
/// phonetic stems (which meet by chance), are not indexed, so the work grows with the pairs that matter, not n².</remarks>
internal static class CandidateBlocker
{
    public static IEnumerable<(int A, int B)> Pairs(IReadOnlyList<GroupInput> inputs, AnchorProfile profile, GroupOptions options)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            foreach (var anchor in inputs[i].Anchors)
            {
                if (profile.Weight(anchor) <= 0 || profile.Frequency(anchor) > options.MaxPostings
                    || anchor.StartsWith("stem:", StringComparison.Ordinal))
                {
                    continue;
                }
                if (!postings.TryGetValue(anchor, out var list))
                {
                    postings[anchor] = list = [];
                }
                list.Add(i);
            }
        }
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var key = (list[x], list[y]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }
        var needed = Math.Min(2, Math.Max(1, options.MinSharedAnchors));
        var pairs = shared.Where(p => p.Value >= needed).Select(p => p.Key).ToHashSet();
        pairs.UnionWith(StructurePairs(inputs, options));
        return pairs.Order();
    }

    private static IEnumerable<(int A, int B)> StructurePairs(IReadOnlyList<GroupInput> inputs, GroupOptions options)
    {
        var byCount = Enumerable.Range(0, inputs.Count)
            .Where(i => inputs[i].Sections.Count >= options.MinStructureSections)
            .GroupBy(i => inputs[i].Sections.Count)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (count, list) in byCount)
        {
            var next = byCount.GetValueOrDefault(count + 1) ?? [];
            // A count shared by very many documents (a template) is not a block worth comparing all pairs of.
            if (list.Count + next.Count > options.MaxPostings)
            {
                continue;
            }
            foreach (var a in list)
            {
                foreach (var b in list.Where(b => b > a).Concat(next))
                {
                    yield return (Math.Min(a, b), Math.Max(a, b));
                }
            }
        }
    }
}
