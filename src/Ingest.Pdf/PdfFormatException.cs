namespace Ingest.Pdf;

/// <summary>Internal signal for malformed input; always caught inside the reader and turned into a diagnostic.</summary>
internal sealed class PdfFormatException(string message, long offset = -1) : Exception(message)
{
    public long Offset { get; } = offset;
}
