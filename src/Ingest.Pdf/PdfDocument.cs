using System.Collections.Immutable;
using System.Text;

namespace Ingest.Pdf;

/// <summary>What was read from a PDF: pages with glyphs, the outline and every diagnostic.</summary>
public sealed record PdfDocument(
    ImmutableArray<PdfPage> Pages,
    ImmutableArray<PdfOutlineItem> Outline,
    ImmutableArray<PdfDiagnostic> Diagnostics,
    int UnmappedGlyphCount,
    bool WasEncrypted)
{
    /// <summary>Headings of the tagged structure (StructTreeRoot), with the marked content that holds their text.</summary>
    internal ImmutableArray<Objects.StructureHeading> StructureHeadings { get; init; } = [];

    /// <summary>Plain text in a simple reading order; pages are separated by a form feed.</summary>
    public string ExtractText()
    {
        var text = new StringBuilder();
        foreach (var page in Pages)
        {
            if (page.Number > 1)
            {
                text.Append('\f');
            }
            text.Append(page.ExtractText());
        }
        return text.ToString();
    }
}
