namespace Ingest.Pdf.Layout;

/// <summary>A heading of the tagged structure (StructTreeRoot H, H1..H6): level (1 for H), text and page when known.</summary>
public sealed record PdfTaggedHeading(int Level, string Text, int? Page);
