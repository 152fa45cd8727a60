namespace Ingest.Pdf;

/// <summary>A stable diagnostic code of the PDF reader with its title and what to do about it.</summary>
public sealed record PdfRule(string Code, string Title, PdfSeverity DefaultSeverity, string Help);
