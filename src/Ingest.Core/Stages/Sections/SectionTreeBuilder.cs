using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Sections;

/// <summary>Builds the section tree from heading blocks: numbers give the level where present, markup level otherwise.</summary>
/// <remarks>An unnumbered heading nests under the numbered heading before it; text before the first heading is a lead section.</remarks>
public sealed class SectionTreeBuilder(SectionsOptions options)
{
    public ImmutableArray<Section> Build(Document document)
    {
        var drafts = Split(document.Blocks);
        var sections = ImmutableArray.CreateBuilder<Section>(drafts.Count);
        var open = new List<(int Level, string Id, List<int> Path)>();
        var topCount = 0;
        var childCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            while (open.Count > 0 && open[^1].Level >= draft.Level)
            {
                open.RemoveAt(open.Count - 1);
            }
            var parent = open.Count > 0 ? open[^1] : default;
            var index = parent.Id is null ? ++topCount : childCounts[parent.Id] = childCounts.GetValueOrDefault(parent.Id) + 1;
            var path = parent.Id is null ? [index] : new List<int>(parent.Path) { index };
            var id = SectionIds.For(document.Id, string.Join("/", path.Select(p => p.ToString(CultureInfo.InvariantCulture))));
            var level = open.Count + 1;
            sections.Add(new Section(id, parent.Id, level, draft.Number, draft.Title, draft.Kind,
                Language.SectionLanguage.Decide(draft.Text, document.Language),
                draft.Text, draft.Span));
            open.Add((draft.Level, id, path));
        }
        return sections.ToImmutable();
    }

    private sealed record Draft(int Level, string? Number, string Title, SectionKind Kind, string Text, Span Span);

    private List<Draft> Split(ImmutableArray<Block> blocks)
    {
        var drafts = new List<Draft>();
        var body = new List<Block>();
        Block? heading = null;
        var lastNumberedLevel = 0;
        var level = 1;
        void Flush()
        {
            if (heading is null && body.Count == 0)
            {
                return;
            }
            var start = heading?.Span.Start ?? body[0].Span.Start;
            var end = body.Count > 0 ? body[^1].Span.End : heading!.Span.End;
            var text = string.Join("\n\n", body.Select(b => b.Text));
            drafts.Add(heading is null
                ? new Draft(1, null, string.Empty, SectionKind.Front, text, Span.Chars(start, end))
                : new Draft(level, heading.Number, heading.Text, SectionKind.Body, text, Span.Chars(start, end)));
            body.Clear();
        }
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Heading)
            {
                body.Add(block);
                continue;
            }
            Flush();
            heading = block;
            if (block.Number is { } number)
            {
                level = Math.Min(options.MaxLevel, Parse.HeadingNumber.Depth(number));
                lastNumberedLevel = level;
            }
            else
            {
                level = Math.Min(options.MaxLevel, lastNumberedLevel > 0 ? lastNumberedLevel + 1 : Math.Max(1, block.Level));
            }
        }
        Flush();
        return drafts;
    }
}
