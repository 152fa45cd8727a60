namespace Ingest.Pdf.Layout;

/// <summary>Thresholds of the layout analysis; the defaults suit reports, papers and books.</summary>
public sealed record PdfLayoutOptions
{
    /// <summary>A line whose baseline is further than this many font sizes below the previous one starts a new block.</summary>
    public double MaxLineSpacing { get; init; } = 1.5;

    /// <summary>Relative difference of font size at which a line starts a new block.</summary>
    public double FontSizeTolerance { get; init; } = 0.1;
}
