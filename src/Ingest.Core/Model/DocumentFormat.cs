namespace Ingest.Core.Model;

/// <summary>What a document's content is, sniffed from its bytes (never from its file name).</summary>
public enum DocumentFormat
{
    Text,
    Markdown,
    Html,
    Pdf,
}
