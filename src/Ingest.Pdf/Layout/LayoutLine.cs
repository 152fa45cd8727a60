namespace Ingest.Pdf.Layout;

/// <summary>
/// A line as the analysis sees it: the public line, its baseline (in the frame of its text direction), its count of
/// characters and its frame: 0 for horizontal text, the angle for rotated text, <see cref="VerticalFrame"/> for vertical.
/// </summary>
internal sealed record LayoutLine(PdfTextLine Line, double Baseline, int Characters, int Frame = 0)
{
    public const int VerticalFrame = 1000;

    public PdfBox Box => Line.Box;

    public double Size => Line.FontSize;
}
