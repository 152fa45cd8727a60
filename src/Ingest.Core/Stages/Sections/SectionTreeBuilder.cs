using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Sections;

/// <summary>Builds the section tree a reader sees from a document's blocks, whatever format they came from.</summary>
/// <remarks>
/// Order of decisions: the table of contents (<see cref="TocDetector"/>), the title at the top (front matter), the
/// download links, credits and footnotes at the end (back matter), then body headings nested by
/// <see cref="LevelAssigner"/>. Text before the first heading is an untitled lead section. Section spans tile the
/// text: each runs from its first block to the next section, the first from 0, the last to the end.
/// </remarks>
public sealed class SectionTreeBuilder(SectionsOptions options, Language.LanguageIdentifier? language = null)
{
    private readonly TocDetector _toc = new(options.MinTocEntries);
    private readonly LevelAssigner _levels = new(options.MaxLevel);

    public SectionTree Build(Document document)
    {
        var blocks = document.Blocks;
        var toc = _toc.Find(blocks);
        var front = Matter.Front(blocks, toc);
        var lastFixed = Math.Max(toc?.End - 1 ?? -1, front?.Subtitle ?? front?.Title ?? -1);
        var backStart = Matter.BackStart(blocks, lastFixed);
        var (drafts, tocDraft) = Split(blocks, toc, front, backStart);
        var jumps = _levels.Assign(drafts);
        var sections = Assemble(document, drafts);
        var findings = new List<SectionFinding>();
        findings.AddRange(NumberingChecker.Check(sections));
        if (toc is not null && tocDraft >= 0)
        {
            findings.AddRange(TocFindings(blocks, toc, drafts, tocDraft));
        }
        findings.AddRange(jumps.Select(j => new SectionFinding(SectionsRules.LevelJump, j.Message, j.Draft)));
        findings.AddRange(EmptySections(sections));
        return new SectionTree(sections, [.. findings.OrderBy(f => f.SectionIndex).ThenBy(f => f.Rule.Code, StringComparer.Ordinal)]);
    }

    private static (List<SectionDraft> Drafts, int TocDraft) Split(ImmutableArray<Block> blocks, TableOfContents? toc,
        (int Title, int? Subtitle)? front, int backStart)
    {
        var drafts = new List<SectionDraft>();
        var tocDraft = -1;
        SectionDraft? current = null;
        SectionDraft Open(SectionKind kind, Block? heading, int start)
        {
            current = new SectionDraft(kind, heading, drafts.Count == 0 ? 0 : start);
            drafts.Add(current);
            return current;
        }
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var start = block.Span.Start;
            if (toc is not null && toc.Contains(i))
            {
                if (i == toc.First)
                {
                    tocDraft = drafts.Count;
                    Open(SectionKind.Toc, toc.TitleIndex is null ? null : block, start);
                }
                if (i != toc.TitleIndex)
                {
                    current!.Body.Add(block);
                }
                continue;
            }
            if (i == backStart)
            {
                Open(SectionKind.Back, block.Kind == BlockKind.Heading ? block : null, start);
                if (block.Kind != BlockKind.Heading)
                {
                    current!.Body.Add(block);
                }
                continue;
            }
            if (i > backStart || block.Kind == BlockKind.Boilerplate)
            {
                AddBody(current, block);
                continue;
            }
            if (front is { } f && i == f.Title)
            {
                Open(SectionKind.Front, block, start);
            }
            else if (front is { Subtitle: { } subtitle } && i == subtitle)
            {
                current!.Subtitles.Add(block);
            }
            else if (block.Kind == BlockKind.Heading)
            {
                Open(SectionKind.Body, block, start);
            }
            else if (current is null || current.Kind == SectionKind.Toc)
            {
                Open(SectionKind.Body, null, start).Body.Add(block);
            }
            else
            {
                current.Body.Add(block);
            }
        }
        return (drafts, tocDraft);
    }

    private static void AddBody(SectionDraft? current, Block block)
    {
        if (current is not null && block.Kind != BlockKind.Boilerplate)
        {
            current.Body.Add(block);
        }
    }

    private ImmutableArray<Section> Assemble(Document document, List<SectionDraft> drafts)
    {
        var sections = ImmutableArray.CreateBuilder<Section>(drafts.Count);
        var paths = new string[drafts.Count];
        var children = new Dictionary<int, int>();
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            var index = children[draft.Parent] = children.GetValueOrDefault(draft.Parent) + 1;
            var step = index.ToString(CultureInfo.InvariantCulture);
            paths[d] = draft.Parent < 0 ? step : paths[draft.Parent] + "/" + step;
            var end = d + 1 < drafts.Count ? drafts[d + 1].Start : document.Text.Length;
            var parent = draft.Parent < 0 ? null : sections[draft.Parent].Id;
            var text = string.Join("\n\n", draft.Subtitles.Concat(draft.Body).Select(BlockText.Of));
            // The one place a section's language is decided: the document's, unless its own text says otherwise.
            var sectionLanguage = Language.SectionLanguage.Decide(text, document.Language, language);
            sections.Add(new Section(SectionIds.For(document.Id, paths[d]), parent, draft.Level, draft.Heading?.Number,
                draft.Heading?.Text ?? string.Empty, draft.Kind, sectionLanguage, text, Span.Chars(draft.Start, Math.Max(draft.Start, end)),
                Pages(draft)));
        }
        return sections.ToImmutable();
    }

    /// <summary>First to last page of the section's heading and own blocks, when they were printed on pages.</summary>
    private static PageRange? Pages(SectionDraft draft)
    {
        var origins = draft.Subtitles.Concat(draft.Body).Prepend(draft.Heading).Select(b => b?.Origin).OfType<BlockOrigin>().ToList();
        return origins.Count == 0 ? null : new PageRange(origins.Min(o => o.Page), origins.Max(o => o.LastPage));
    }

    private static IEnumerable<SectionFinding> TocFindings(ImmutableArray<Block> blocks, TableOfContents toc,
        List<SectionDraft> drafts, int tocDraft)
    {
        foreach (var entry in toc.Entries)
        {
            if (entry.HeadingIndex is not { } heading)
            {
                yield return new SectionFinding(SectionsRules.TocEntryMissing,
                    $"The table of contents lists {TitleMatcher.Describe(entry.Number, entry.Title)}, but no heading in the body matches it. Check for lost text.", tocDraft);
                continue;
            }
            var found = blocks[heading];
            if (entry.Number is not null && found.Number is not null && entry.Number != found.Number)
            {
                var section = drafts.FindIndex(d => ReferenceEquals(d.Heading, found));
                yield return new SectionFinding(SectionsRules.TocNumberMismatch,
                    $"The table of contents numbers '{entry.Title}' as {entry.Number}, the body as {found.Number}. Fix one of them at the source.",
                    section >= 0 ? section : tocDraft);
            }
        }
    }

    private static IEnumerable<SectionFinding> EmptySections(ImmutableArray<Section> sections)
    {
        for (var i = 0; i < sections.Length; i++)
        {
            var section = sections[i];
            var hasChild = i + 1 < sections.Length && sections[i + 1].Parent == section.Id;
            if (section.Kind == SectionKind.Body && section.Title.Length > 0 && section.Text.Length == 0 && !hasChild)
            {
                yield return new SectionFinding(SectionsRules.EmptySection,
                    $"Heading {TitleMatcher.Describe(section.Number, section.Title)} has no text and no subsections under it. Check whether its content was lost.", i);
            }
        }
    }
}
