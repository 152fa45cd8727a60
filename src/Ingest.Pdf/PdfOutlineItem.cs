using System.Collections.Immutable;

namespace Ingest.Pdf;

/// <summary>A bookmark: its title, target page (1-based, when known) and children.</summary>
public sealed record PdfOutlineItem(string Title, int? Page, ImmutableArray<PdfOutlineItem> Children);
