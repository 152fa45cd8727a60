namespace Ingest.Pdf;

/// <summary>How much a reported problem affects the extracted text.</summary>
public enum PdfSeverity
{
    Info,
    Warning,
    Error,
}
