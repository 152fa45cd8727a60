using System.Collections.Immutable;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Turns a read document's positioned glyphs into lines, blocks, columns and reading order, and decides across the
/// whole document which blocks are page furniture (running headers and footers, page numbers).
/// </summary>
public sealed class PdfLayoutAnalyzer(PdfLayoutOptions? options = null)
{
    private readonly PdfLayoutOptions options = options ?? new PdfLayoutOptions();

    public PdfLayout Analyze(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pages = ImmutableArray.CreateBuilder<PdfPageLayout>(document.Pages.Length);
        var sizes = new DominantFont();
        foreach (var page in document.Pages)
        {
            var lines = LineBuilder.Build(page.Glyphs);
            foreach (var line in lines)
            {
                sizes.Add(line.Size, "", false, false, line.Characters);
            }
            var blocks = BlockBuilder.Build(page.Number, lines, options);
            pages.Add(new PdfPageLayout(page.Number, page.Width, page.Height, 1, [.. blocks]));
        }
        return new PdfLayout(pages.MoveToImmutable(), document.Outline, sizes.Result().Size, []);
    }
}
