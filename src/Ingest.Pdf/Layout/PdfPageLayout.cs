using System.Collections.Immutable;

namespace Ingest.Pdf.Layout;

/// <summary>A page's blocks in reading order (columns read one after another, full-width blocks where they fall).</summary>
public sealed record PdfPageLayout(int Number, double Width, double Height, int ColumnCount, ImmutableArray<PdfTextBlock> Blocks);
