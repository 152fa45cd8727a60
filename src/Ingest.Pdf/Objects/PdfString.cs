namespace Ingest.Pdf.Objects;

/// <summary>A string object: raw bytes (decrypted when the file is encrypted).</summary>
internal sealed class PdfString(byte[] bytes) : PdfObject
{
    public byte[] Bytes { get; set; } = bytes;
}
