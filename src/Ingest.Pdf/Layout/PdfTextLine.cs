namespace Ingest.Pdf.Layout;

/// <summary>
/// One line of a block: its text in logical (reading) order with single spaces between words, no trailing newline.
/// A hyphen at the end of a line stays as printed.
/// </summary>
public sealed record PdfTextLine(string Text, PdfBox Box, double FontSize, string FontName, bool IsBold, bool IsItalic);
