namespace Ingest.Core.Model;

/// <summary>A unit of content in reading order, with its range in the decoded text.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">The block's normalized text (markup removed).</param>
/// <param name="Span">Range in the document's decoded text.</param>
/// <param name="Level">Heading level from markup (1 = top) or list nesting; 0 when the format gives none.</param>
/// <param name="Number">Section or list number as printed ("3.2", "(2)"), else null.</param>
/// <param name="Marker">List bullet ("•", "-") or the attribution of a quote or the key of a fact.</param>
/// <param name="Note">Why a block was classified as it was (e.g. the boilerplate reason).</param>
/// <param name="Language">The block's own language when its text is long enough to tell (set by the language stage), else null.</param>
/// <param name="Links">Targets of the links whose text the block keeps (Markdown and HTML links, bare URLs), in order; null when none.</param>
/// <param name="Origin">Page and bounding box the block was printed at (PDF); null for unpaged formats.</param>
public sealed record Block(
    BlockKind Kind,
    string Text,
    Span Span,
    int Level = 0,
    string? Number = null,
    string? Marker = null,
    string? Note = null,
    LanguageResult? Language = null,
    IReadOnlyList<string>? Links = null,
    BlockOrigin? Origin = null);
