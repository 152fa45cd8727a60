namespace Ingest.Core.Model;

/// <summary>A node of a document's section tree, in reading order.</summary>
/// <param name="Id">Stable identifier derived from the document and the section's path in the tree.</param>
/// <param name="Parent">Id of the enclosing section, or null at the top.</param>
/// <param name="Level">Depth in the tree, 1 at the top.</param>
/// <param name="Number">The number as printed in the source, or null.</param>
/// <param name="Title">Heading text without number or markup; empty for an untitled lead section.</param>
/// <param name="Kind">Body, front matter, table of contents, back matter or boilerplate.</param>
/// <param name="Language">The section's language (inherited from the document unless its own text says otherwise).</param>
/// <param name="Text">The section's own normalized text, not its children's.</param>
/// <param name="Span">Range in the decoded text covered by the heading and own body.</param>
/// <param name="Pages">The pages the heading and own body are printed on (PDF); null for unpaged formats.</param>
public sealed record Section(
    string Id,
    string? Parent,
    int Level,
    string? Number,
    string Title,
    SectionKind Kind,
    LanguageResult Language,
    string Text,
    Span Span,
    PageRange? Pages = null);
