using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Sections;

/// <summary>
/// The headings of one document, indexed so that the headings a TOC line may point to are found without comparing
/// the line with every heading: exact keys, word-boundary prefixes and character-bigram postings.
/// </summary>
/// <remarks>
/// Gives the same answers as testing <see cref="TitleMatcher.SameKeys"/> (and the number fallback) against each
/// heading in turn — the bigram postings count the shared bigrams exactly as <see cref="TitleMatcher.Dice"/> does —
/// but costs the postings of the line's bigrams instead of a bigram table per pair. A changelog with thousands of
/// headings and list items took minutes the pairwise way.
/// </remarks>
internal sealed class HeadingIndex
{
    private readonly int[] _blocks;
    private readonly string[] _keys;
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(int Heading, int Count)>> _postings = [];

    public HeadingIndex(ImmutableArray<Block> blocks)
    {
        _blocks = Enumerable.Range(0, blocks.Length).Where(i => blocks[i].Kind == BlockKind.Heading).ToArray();
        _keys = new string[_blocks.Length];
        for (var h = 0; h < _blocks.Length; h++)
        {
            var key = TitleMatcher.Key(blocks[_blocks[h]].Text);
            _keys[h] = key;
            if (key.Length == 0)
            {
                continue;
            }
            Add(_byKey, key, h);
            foreach (var prefix in WordPrefixes(key))
            {
                Add(_byPrefix, prefix, h);
            }
            if (blocks[_blocks[h]].Number is { } number)
            {
                Add(_byNumber, number, h);
            }
            foreach (var (bigram, count) in Bigrams(key))
            {
                if (!_postings.TryGetValue(bigram, out var list))
                {
                    _postings[bigram] = list = [];
                }
                list.Add((h, count));
            }
        }
    }

    /// <summary>Block indices of the headings whose title is the same as <paramref name="key"/> by <see cref="TitleMatcher.SameKeys"/>, in order.</summary>
    public int[] Same(string key)
    {
        if (key.Length == 0)
        {
            return [];
        }
        var found = new HashSet<int>();
        found.UnionWith(_byKey.GetValueOrDefault(key) ?? []);
        if (key.Length >= TitleMatcher.MinPrefixLength)
        {
            // The heading adds a subtitle to the line.
            found.UnionWith(_byPrefix.GetValueOrDefault(key) ?? []);
        }
        foreach (var prefix in WordPrefixes(key))
        {
            // The line adds a subtitle to the heading.
            found.UnionWith(_byKey.GetValueOrDefault(prefix) ?? []);
        }
        if (key.Length >= 2)
        {
            foreach (var (heading, shared) in SharedBigrams(key))
            {
                if (_keys[heading].Length >= 2 && 2.0 * shared / (key.Length - 1 + _keys[heading].Length - 1) >= TitleMatcher.MinDice)
                {
                    found.Add(heading);
                }
            }
        }
        return ToBlocks(found);
    }

    /// <summary>Block indices of the headings numbered <paramref name="number"/> whose title is at least loosely like <paramref name="key"/>, in order.</summary>
    public int[] SameNumber(string number, string key, double minDice) =>
        ToBlocks((_byNumber.GetValueOrDefault(number) ?? []).Where(h => TitleMatcher.Dice(key, _keys[h]) >= minDice));

    private int[] ToBlocks(IEnumerable<int> headings)
    {
        var blocks = headings.Select(h => _blocks[h]).ToArray();
        Array.Sort(blocks);
        return blocks;
    }

    /// <summary>For every heading sharing a bigram with <paramref name="key"/>, how many bigrams they share (as a multiset).</summary>
    private Dictionary<int, int> SharedBigrams(string key)
    {
        var shared = new Dictionary<int, int>();
        foreach (var (bigram, count) in Bigrams(key))
        {
            foreach (var (heading, headingCount) in _postings.GetValueOrDefault(bigram) ?? [])
            {
                shared[heading] = shared.GetValueOrDefault(heading) + Math.Min(count, headingCount);
            }
        }
        return shared;
    }

    private static Dictionary<int, int> Bigrams(string key)
    {
        var bigrams = new Dictionary<int, int>();
        for (var i = 0; i + 1 < key.Length; i++)
        {
            var bigram = (key[i] << 16) | key[i + 1];
            bigrams[bigram] = bigrams.GetValueOrDefault(bigram) + 1;
        }
        return bigrams;
    }

    /// <summary>The key's prefixes that end before one of its spaces and are long enough to count as a title on their own.</summary>
    private static IEnumerable<string> WordPrefixes(string key)
    {
        for (var i = key.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = key.IndexOf(' ', i + 1))
        {
            if (i >= TitleMatcher.MinPrefixLength)
            {
                yield return key[..i];
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int heading)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(heading);
    }
}
