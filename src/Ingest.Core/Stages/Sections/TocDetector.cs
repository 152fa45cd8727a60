using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Ingest.Core.Model;
using Ingest.Core.Stages.Parse;

namespace Ingest.Core.Stages.Sections;

/// <summary>Finds a table of contents: a run of short heading-like lines most of which reappear later as headings.</summary>
/// <remarks>
/// Works on blocks only, whatever the format: TOC lines may be headings, paragraphs or list items, with or without
/// numbers and page numbers. A run stops where a line repeats one already in it (the body starting over). Titles are
/// compared loosely (<see cref="TitleMatcher"/>) so that a TOC that numbers a section differently still matches it.
/// </remarks>
public sealed partial class TocDetector(int minEntries)
{
    private readonly int _minEntries = Math.Max(2, minEntries);

    private const int MaxEntryWords = 16;
    private const int MaxRun = 300;
    private const double MinMatchedShare = 0.6;

    public TableOfContents? Find(ImmutableArray<Block> blocks)
    {
        // Every block may start a run, and every run is matched against the headings after it: the headings and their
        // keys are computed once per document, not once per comparison.
        var headings = Enumerable.Range(0, blocks.Length).Where(i => blocks[i].Kind == BlockKind.Heading).ToArray();
        var keys = headings.ToDictionary(h => h, h => TitleMatcher.Key(blocks[h].Text));
        var entryKeys = blocks.Select(b => Entry(b) is { } e ? TitleMatcher.Key(e.Title) : null).ToArray();
        for (var i = 0; i < blocks.Length; i++)
        {
            if (entryKeys[i] is null)
            {
                continue;
            }
            var end = RunEnd(entryKeys, i);
            if (end - i < _minEntries)
            {
                continue;
            }
            var entries = Match(blocks, i, end, headings, keys);
            var matched = entries.Where(e => e.HeadingIndex is not null).ToList();
            if (matched.Count < _minEntries)
            {
                continue;
            }
            var (first, last) = (matched[0].BlockIndex, matched[^1].BlockIndex);
            if (matched.Count < MinMatchedShare * (last - first + 1))
            {
                continue;
            }
            // Numbered lines that continue the numbered entries stay in the TOC even when the body lacks them (a truncated file).
            while (last + 1 < end && entries[last + 1 - i].Number is not null && entries[last - i].Number is not null)
            {
                last++;
            }
            var kept = entries.Where(e => e.BlockIndex >= first && e.BlockIndex <= last).ToImmutableArray();
            return new TableOfContents(TitleBefore(blocks, first), first, last + 1, kept);
        }
        return null;
    }

    /// <summary>The printed number and title of a block that could be a TOC line, or null.</summary>
    internal static (string? Number, string Title)? Entry(Block block)
    {
        if (block.Kind is not (BlockKind.Heading or BlockKind.Paragraph or BlockKind.ListItem))
        {
            return null;
        }
        var text = PageNumber().Replace(block.Text, string.Empty);
        if (TextCues.Words(text) > MaxEntryWords || text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal))
        {
            return null;
        }
        if (block.Kind == BlockKind.Heading)
        {
            return (block.Number, text);
        }
        var (number, title) = HeadingNumber.Split(text);
        return title.Length == 0 ? null : (number ?? block.Number, title);
    }

    /// <summary>Where a run of possible TOC lines from <paramref name="start"/> ends: at a non-entry or a repeated title.</summary>
    private static int RunEnd(string?[] entryKeys, int start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var end = start;
        while (end < entryKeys.Length && end - start < MaxRun && entryKeys[end] is { } key && seen.Add(key))
        {
            end++;
        }
        return end;
    }

    private static List<TocEntry> Match(ImmutableArray<Block> blocks, int start, int end, int[] allHeadings,
        Dictionary<int, string> keys)
    {
        var from = Array.BinarySearch(allHeadings, end);
        var headings = new ArraySegment<int>(allHeadings, from >= 0 ? from : ~from, allHeadings.Length - (from >= 0 ? from : ~from));
        var used = new HashSet<int>();
        var entries = new List<TocEntry>(end - start);
        for (var i = start; i < end; i++)
        {
            var (number, title) = Entry(blocks[i])!.Value;
            var key = TitleMatcher.Key(title);
            int? hit = headings.FirstOrDefault(h => !used.Contains(h) && TitleMatcher.SameKeys(key, keys[h]), -1);
            if (hit == -1 && number is not null)
            {
                hit = headings.FirstOrDefault(h => !used.Contains(h) && blocks[h].Number == number
                    && TitleMatcher.Dice(key, keys[h]) >= 0.5, -1);
            }
            if (hit >= 0)
            {
                used.Add(hit.Value);
            }
            entries.Add(new TocEntry(i, number, title, hit >= 0 ? hit : null));
        }
        return entries;
    }

    /// <summary>A heading or very short line right before the entries ("Contents", "Inhalt", "Spis treści") titles the TOC.</summary>
    private static int? TitleBefore(ImmutableArray<Block> blocks, int first)
    {
        if (first == 0)
        {
            return null;
        }
        var before = blocks[first - 1];
        var titled = before is { Kind: BlockKind.Heading, Number: null }
            || before.Kind == BlockKind.Paragraph && TextCues.Words(before.Text) <= 3 && !TextCues.EndsLikeSentence(before.Text.TrimEnd(':'));
        return titled ? first - 1 : null;
    }

    [GeneratedRegex(@"\s*[.·…_]{2,}\s*\d{0,4}$")]
    private static partial Regex PageNumber();
}
