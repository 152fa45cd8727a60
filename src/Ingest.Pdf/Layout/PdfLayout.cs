using System.Collections.Immutable;

namespace Ingest.Pdf.Layout;

/// <summary>
/// A whole document's layout: its pages, the outline (bookmarks), the body font size (the size covering most
/// characters) and the headings of the tagged structure (empty when the PDF has none).
/// </summary>
public sealed record PdfLayout(ImmutableArray<PdfPageLayout> Pages, ImmutableArray<PdfOutlineItem> Outline,
    double BodyFontSize, ImmutableArray<PdfTaggedHeading> TaggedHeadings);
