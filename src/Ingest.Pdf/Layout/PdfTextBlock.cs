using System.Collections.Immutable;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Lines that belong together (a paragraph, a heading, a caption, a list item), in reading order.
/// The font properties are the dominant ones (by characters) over the block; <see cref="RoleReason"/> says why a
/// role other than <see cref="PdfBlockRole.Body"/> was given.
/// </summary>
public sealed record PdfTextBlock(int Page, PdfBox Box, ImmutableArray<PdfTextLine> Lines, double FontSize,
    string FontName, bool IsBold, bool IsItalic, int Column, PdfBlockRole Role, string? RoleReason)
{
    /// <summary>The lines' text joined by line feeds.</summary>
    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}
