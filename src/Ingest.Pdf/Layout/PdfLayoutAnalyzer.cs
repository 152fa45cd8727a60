using System.Collections.Immutable;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Turns a read document's positioned glyphs into lines, blocks, columns and reading order, and decides across the
/// whole document which blocks are page furniture (running headers and footers, page numbers, repeated artifacts)
/// and which repeat body text as pull quotes.
/// </summary>
public sealed class PdfLayoutAnalyzer(PdfLayoutOptions? options = null)
{
    private readonly PdfLayoutOptions options = options ?? new PdfLayoutOptions();

    public PdfLayout Analyze(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pages = new List<PdfPageLayout>(document.Pages.Length);
        var sizes = new DominantFont();
        foreach (var page in document.Pages)
        {
            pages.Add(PageAnalyzer.Analyze(page, options, sizes));
        }
        var withFurniture = FurnitureDetector.Assign(pages, options);
        var withQuotes = PullQuoteDetector.Assign(withFurniture, options);
        return new PdfLayout([.. withQuotes], document.Outline, sizes.Result().Size, TaggedHeadingText.Of(document, options));
    }

    /// <summary>One page on its own (no furniture across pages): the reading order behind <see cref="PdfPage.ExtractText"/>.</summary>
    internal static PdfPageLayout AnalyzePage(PdfPage page, PdfLayoutOptions options) =>
        PageAnalyzer.Analyze(page, options, new DominantFont());
}
