using Ingest.Core.Model;

namespace Ingest.Core.Stages.Sections;

/// <summary>A section being assembled: its kind, heading block (null for an untitled lead or back matter) and own body blocks.</summary>
internal sealed class SectionDraft(SectionKind kind, Block? heading, int start)
{
    public SectionKind Kind { get; } = kind;

    public Block? Heading { get; } = heading;

    /// <summary>First character of the section in the text.</summary>
    public int Start { get; } = start;

    public List<Block> Body { get; } = [];

    /// <summary>Headings folded into this one (a subtitle under the title), kept in the text.</summary>
    public List<Block> Subtitles { get; } = [];

    public int Parent { get; set; } = -1;

    public int Level { get; set; } = 1;
}
