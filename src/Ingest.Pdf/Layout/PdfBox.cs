namespace Ingest.Pdf.Layout;

/// <summary>A rectangle in points on the displayed page, origin top-left, y growing downwards.</summary>
public readonly record struct PdfBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    /// <summary>The smallest box holding both.</summary>
    public PdfBox Union(PdfBox other) => new(Math.Min(Left, other.Left), Math.Min(Top, other.Top),
        Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
}
