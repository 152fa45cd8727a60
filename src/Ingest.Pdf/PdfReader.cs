using System.Collections.Immutable;
using Ingest.Pdf.Content;
using Ingest.Pdf.Fonts;
using Ingest.Pdf.Io;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf;

/// <summary>
/// Reads a PDF into pages of positioned glyphs, the outline and diagnostics. Never throws for bad input:
/// every problem is a <see cref="PdfDiagnostic"/> (see <see cref="PdfRules"/>).
/// </summary>
public sealed class PdfReader(PdfReadOptions? options = null)
{
    private readonly PdfReadOptions _options = options ?? PdfReadOptions.Default;

    public PdfDocument Read(ReadOnlyMemory<byte> data)
    {
        var diagnostics = new DiagnosticBag();
        var pages = new List<PdfPage>();
        var outline = ImmutableArray<PdfOutlineItem>.Empty;
        var headings = ImmutableArray<StructureHeading>.Empty;
        var unmapped = new Dictionary<string, int>(StringComparer.Ordinal);
        var encrypted = false;
        try
        {
            var store = new ObjectStore(data, _options, diagnostics);
            var opened = store.Open();
            encrypted = store.Trailer.Contains("Encrypt");
            if (opened)
            {
                var nodes = new PageTree(store).Collect();
                ReadPages(store, nodes, unmapped, diagnostics, pages);
                diagnostics.CurrentPage = null;
                var pageByObject = new Dictionary<int, int>();
                for (var i = 0; i < nodes.Count; i++)
                {
                    pageByObject.TryAdd(nodes[i].ObjectNumber, i + 1);
                }
                outline = new OutlineReader(store, pageByObject).Read();
                headings = new StructureTreeReader(store, pageByObject).Read();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Report(PdfRules.Internal, $"{ex.GetType().Name}: {ex.Message}");
        }
        diagnostics.CurrentPage = null;
        if (pages.Count == 0)
        {
            diagnostics.Report(PdfRules.NoPages, "no page could be read");
        }
        foreach (var (font, count) in unmapped.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            diagnostics.Report(PdfRules.UnmappedGlyph, $"font {font}: {count} glyphs have no Unicode mapping and were left out");
        }
        return new PdfDocument([.. pages], outline, diagnostics.ToImmutable(), unmapped.Values.Sum(), encrypted)
        {
            StructureHeadings = headings,
        };
    }

    private static void ReadPages(ObjectStore store, List<PageNode> nodes, Dictionary<string, int> unmapped,
        DiagnosticBag diagnostics, List<PdfPage> pages)
    {
        var fonts = new FontLoader(store);
        var reader = new PageReader(store, fonts, unmapped);
        for (var i = 0; i < nodes.Count; i++)
        {
            diagnostics.CurrentPage = i + 1;
            try
            {
                pages.Add(reader.Read(nodes[i], i + 1));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Report(PdfRules.Internal, $"page {i + 1}: {ex.GetType().Name}: {ex.Message}");
                pages.Add(new PdfPage(i + 1, 0, 0, 0, []));
            }
        }
    }
}
