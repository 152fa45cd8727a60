namespace Ingest.Core.Stages.Read;

/// <summary>Options of the read stage, bound from pipeline.json.</summary>
public sealed record ReadOptions
{
    /// <summary>WHATWG name of the encoding used when the bytes are neither marked nor valid UTF-8.</summary>
    public string FallbackEncoding { get; init; } = "windows-1252";

    /// <summary>Password and limits for PDF files.</summary>
    public Pdf.PdfOptions Pdf { get; init; } = new();
}
