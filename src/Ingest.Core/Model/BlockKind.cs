namespace Ingest.Core.Model;

/// <summary>The kinds of block every parser (text, Markdown, HTML, PDF) produces.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    Quote,
    Fact,
    TableRow,
    Footnote,
    LinkLine,
    Boilerplate,
}
