namespace Ingest.Core.Stages.Group;

/// <summary>Candidate pairs of documents from an inverted index of their rare anchors (pairs that share at least two),
/// and from their section counts (pairs whose counts differ by at most one, for structure links).</summary>
/// <remarks>Anchors with no weight (too common) and phonetic stems (which meet by chance) are not indexed. A block
/// (an anchor's documents, or a section count's) of more than <see cref="GroupOptions.MaxPostings"/> documents pairs
/// each document with its <see cref="GroupOptions.LargeBlockWindow"/> nearest in length on either side, not with all:
/// versions of one text are close in length, and bundles grow by transitivity, so five hundred translations of one
/// declaration still meet while the work grows with n, not n².</remarks>
internal static class CandidateBlocker
{
    public static CandidatePairs Pairs(IReadOnlyList<GroupInput> inputs, AnchorProfile profile, GroupOptions options)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            foreach (var anchor in inputs[i].Anchors)
            {
                if (profile.Weight(anchor) <= 0 || anchor.StartsWith("stem:", StringComparison.Ordinal))
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
        var large = new LargeBlocks(inputs.Count);
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values)
        {
            foreach (var pair in BlockPairs(inputs, list, [], options, large))
            {
                shared[pair] = shared.GetValueOrDefault(pair) + 1;
            }
        }
        var needed = Math.Min(2, Math.Max(1, options.MinSharedAnchors));
        var pairs = shared.Where(p => p.Value >= needed).Select(p => p.Key).ToHashSet();
        pairs.UnionWith(StructurePairs(inputs, options, large));
        return new CandidatePairs([.. pairs.Order()], large);
    }

    private static IEnumerable<(int A, int B)> StructurePairs(IReadOnlyList<GroupInput> inputs, GroupOptions options, LargeBlocks large)
    {
        var byCount = Enumerable.Range(0, inputs.Count)
            .Where(i => inputs[i].Sections.Count >= options.MinStructureSections)
            .GroupBy(i => inputs[i].Sections.Count)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (count, list) in byCount)
        {
            foreach (var pair in BlockPairs(inputs, list, byCount.GetValueOrDefault(count + 1) ?? [], options, large))
            {
                yield return pair;
            }
        }
    }

    /// <summary>The pairs of a block: within <paramref name="list"/> and from it to <paramref name="next"/>; all of them
    /// in a small block, neighbours in length in a large one (which is recorded in <paramref name="large"/>).</summary>
    private static IEnumerable<(int A, int B)> BlockPairs(IReadOnlyList<GroupInput> inputs, List<int> list, List<int> next,
        GroupOptions options, LargeBlocks large)
    {
        if (list.Count + next.Count <= options.MaxPostings)
        {
            foreach (var a in list)
            {
                foreach (var b in list.Where(b => b > a).Concat(next))
                {
                    yield return (Math.Min(a, b), Math.Max(a, b));
                }
            }
            yield break;
        }
        var members = list.Concat(next).Distinct().OrderBy(i => inputs[i].Length).ThenBy(i => i).ToList();
        large.Add(members);
        for (var x = 0; x < members.Count; x++)
        {
            for (var y = x + 1; y < members.Count && y <= x + options.LargeBlockWindow; y++)
            {
                yield return (Math.Min(members[x], members[y]), Math.Max(members[x], members[y]));
            }
        }
    }
}

/// <summary>The candidate pairs, and the large blocks some of them came from.</summary>
internal sealed record CandidatePairs(IReadOnlyList<(int A, int B)> Pairs, LargeBlocks Large);

/// <summary>
/// The blocks too large to pair in full, per document. Two documents in one such block that were not compared are
/// not known to be apart (they share a name or a section count that many share), unlike two documents that share no
/// block, which are known to have nothing in common.
/// </summary>
internal sealed class LargeBlocks(int documents)
{
    private readonly List<int>[] _blocks = [.. Enumerable.Range(0, documents).Select(_ => new List<int>())];
    private int _count;

    public void Add(IEnumerable<int> members)
    {
        foreach (var member in members)
        {
            _blocks[member].Add(_count);
        }
        _count++;
    }

    public bool ShareOne(int a, int b)
    {
        var (x, y) = (_blocks[a], _blocks[b]);
        for (int i = 0, j = 0; i < x.Count && j < y.Count;)
        {
            if (x[i] == y[j])
            {
                return true;
            }
            if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return false;
    }
}
