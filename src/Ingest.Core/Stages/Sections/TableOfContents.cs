using System.Collections.Immutable;

namespace Ingest.Core.Stages.Sections;

/// <summary>A table of contents found among the blocks: its optional title block and its entries [Start, End).</summary>
public sealed record TableOfContents(int? TitleIndex, int Start, int End, ImmutableArray<TocEntry> Entries)
{
    public int First => TitleIndex ?? Start;

    public bool Contains(int blockIndex) => blockIndex >= First && blockIndex < End;
}
