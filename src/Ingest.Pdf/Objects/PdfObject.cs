namespace Ingest.Pdf.Objects;

/// <summary>A PDF object (ISO 32000-1, 7.3).</summary>
internal abstract class PdfObject
{
}
