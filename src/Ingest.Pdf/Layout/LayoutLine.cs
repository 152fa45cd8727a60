namespace Ingest.Pdf.Layout;

/// <summary>A line as the analysis sees it: the public line, its baseline and its count of characters.</summary>
internal sealed record LayoutLine(PdfTextLine Line, double Baseline, int Characters)
{
    public PdfBox Box => Line.Box;

    public double Size => Line.FontSize;
}
