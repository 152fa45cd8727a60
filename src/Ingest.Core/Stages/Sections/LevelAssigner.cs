using Ingest.Core.Model;

namespace Ingest.Core.Stages.Sections;

/// <summary>Gives each body section its parent and level: numbers decide where present, markup levels otherwise.</summary>
/// <remarks>
/// A numbered heading goes under the nearest open heading with a shorter number, whatever its markup says, so a
/// Markdown file whose "3.1" is <c>###</c> and "3.3" is <c>##</c> still nests both under "3". An unnumbered heading
/// nests under the numbered heading before it unless its markup is strictly shallower; among unnumbered headings,
/// markup levels nest (plain text has none, so they are siblings). Front matter, TOC and back matter sit at the top.
/// </remarks>
internal sealed class LevelAssigner(int maxLevel)
{
    private sealed record Open(int Draft, int Level, int Markup, int? Depth);

    /// <summary>Sets <see cref="SectionDraft.Parent"/> and <see cref="SectionDraft.Level"/>; returns the drafts whose heading jumped levels.</summary>
    public List<(int Draft, string Message)> Assign(IReadOnlyList<SectionDraft> drafts)
    {
        var jumps = new List<(int, string)>();
        var open = new List<Open>();
        var chapterMarkup = int.MaxValue;
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (draft.Kind != SectionKind.Body || draft.Heading is null)
            {
                open.Clear();
                draft.Level = 1;
                continue;
            }
            var heading = draft.Heading;
            var depth = heading.Number is { } number ? Parse.HeadingNumber.Depth(number) : (int?)null;
            if (depth is { } numbered)
            {
                Pop(open, o => o.Depth is null || o.Depth >= numbered);
                chapterMarkup = heading.Level > 0 ? Math.Min(chapterMarkup, heading.Level) : chapterMarkup;
                var parentDepth = open.Count > 0 ? open[^1].Depth ?? 0 : 0;
                if (numbered - parentDepth > 1 && open.Count > 0)
                {
                    jumps.Add((d, $"Section {heading.Number} '{heading.Text}' follows {parentDepth}-level numbering directly; a level is missing."));
                }
            }
            else
            {
                var markup = heading.Level;
                // Only a heading shallower than every numbered chapter leaves the numbered part.
                Pop(open, o => o.Depth is null ? markup == 0 || o.Markup >= markup : markup > 0 && markup < chapterMarkup);
                if (markup > 0 && open.Count > 0 && open[^1].Depth is null && open[^1].Markup > 0 && markup - open[^1].Markup > 1)
                {
                    jumps.Add((d, $"Heading '{heading.Text}' is level {markup} right under a level {open[^1].Markup} heading."));
                }
            }
            while (open.Count >= maxLevel)
            {
                open.RemoveAt(open.Count - 1);
            }
            draft.Parent = open.Count > 0 ? open[^1].Draft : -1;
            draft.Level = open.Count + 1;
            open.Add(new Open(d, draft.Level, heading.Level, depth));
        }
        return jumps;
    }

    private static void Pop(List<Open> open, Func<Open, bool> closes)
    {
        while (open.Count > 0 && closes(open[^1]))
        {
            open.RemoveAt(open.Count - 1);
        }
    }
}
