using System.Collections.Immutable;
using Ingest.Core.Model;
using Ingest.Core.Stages.Read.Pdf;
using Ingest.Pdf;
using Ingest.Pdf.Layout;

namespace Ingest.Core.Tests.TestSupport;

/// <summary>Builds a laid-out PDF document by hand (pages of blocks with fonts and roles), as the read stage would have it.</summary>
internal sealed class PdfPages
{
    private const double LineHeight = 14;
    private readonly List<List<PdfTextBlock>> _pages = [];
    private double _y;

    public PdfPages Page()
    {
        _pages.Add([]);
        _y = 40;
        return this;
    }

    /// <summary>A block whose lines are the parts of <paramref name="text"/> between line feeds.</summary>
    public PdfPages Block(string text, double size = 10, bool bold = false, PdfBlockRole role = PdfBlockRole.Body, string? reason = null, int column = 0,
        string font = "Serif")
    {
        var lines = text.Split('\n').Select((line, i) =>
            new PdfTextLine(line, new PdfBox(72, _y + i * LineHeight, 520, _y + i * LineHeight + size), size, font, bold, false)).ToImmutableArray();
        var box = new PdfBox(72, _y, 520, _y + (lines.Length - 1) * LineHeight + size);
        _pages[^1].Add(new PdfTextBlock(_pages.Count, box, lines, size, font, bold, false, column, role, reason));
        _y = box.Bottom + LineHeight;
        return this;
    }

    public Document Document(params PdfOutlineItem[] outline) => Document(outline, []);

    public Document Document(PdfOutlineItem[] outline, PdfTaggedHeading[] tagged)
    {
        var layout = new PdfLayout([.. _pages.Select((blocks, i) => new PdfPageLayout(i + 1, 595, 842, 1, [.. blocks]))], [.. outline], 10, [.. tagged]);
        var (text, regions) = LayoutText.Build(layout, _pages.Count);
        var document = TestDocuments.FromText(text, "in/test.pdf");
        return document with { Text = text, Layout = regions, Source = document.Source with { Format = DocumentFormat.Pdf } };
    }
}
