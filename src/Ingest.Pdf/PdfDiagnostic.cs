namespace Ingest.Pdf;

/// <summary>A problem found while reading a PDF; <see cref="Offset"/> counts bytes from the start of the file.</summary>
public sealed record PdfDiagnostic(PdfRule Rule, string Message, int? ObjectNumber = null, long? Offset = null, int? Page = null)
{
    public string Code => Rule.Code;

    public PdfSeverity Severity => Rule.DefaultSeverity;
}
