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
    private const double MinNumberedDice = 0.5;

    public TableOfContents? Find(ImmutableArray<Block> blocks)
    {
        // Every block may start a run, and every run is matched against the headings after it: the headings a line may
        // point to are looked up once per line, not once per run and heading.
        var headings = new HeadingIndex(blocks);
        var lines = blocks.Select(Entry).ToArray();
        var entryKeys = lines.Select(e => e is { } entry ? TitleMatcher.Key(entry.Title) : null).ToArray();
        var candidates = new HeadingCandidates?[blocks.Length];
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
            var entries = Match(lines, entryKeys, i, end, headings, candidates);
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

    private static List<TocEntry> Match((string? Number, string Title)?[] lines, string?[] keys, int start, int end,
        HeadingIndex headings, HeadingCandidates?[] candidates)
    {
        var used = new HashSet<int>();
        var entries = new List<TocEntry>(end - start);
        for (var i = start; i < end; i++)
        {
            var (number, title) = lines[i]!.Value;
            var line = candidates[i] ??= Candidates(headings, number, keys[i]!);
            var hit = FirstAfter(line.Same, end, used) ?? FirstAfter(line.SameNumber, end, used);
            if (hit is { } heading)
            {
                used.Add(heading);
            }
            entries.Add(new TocEntry(i, number, title, hit));
        }
        return entries;
    }

    private static HeadingCandidates Candidates(HeadingIndex headings, string? number, string key) =>
        new HeadingCandidates(headings.Same(key), number is null ? [] : headings.SameNumber(number, key, MinNumberedDice));

    /// <summary>The first heading at or after <paramref name="from"/> not already taken by another line.</summary>
    private static int? FirstAfter(int[] headings, int from, HashSet<int> used)
    {
        var at = Array.BinarySearch(headings, from);
        for (var k = at >= 0 ? at : ~at; k < headings.Length; k++)
        {
            if (!used.Contains(headings[k]))
            {
                return headings[k];
            }
        }
        return null;
    }

    /// <summary>The headings (block indices, in order) a TOC line matches by title, and those it matches by number and a looser title.</summary>
    private sealed record HeadingCandidates(int[] Same, int[] SameNumber);

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
