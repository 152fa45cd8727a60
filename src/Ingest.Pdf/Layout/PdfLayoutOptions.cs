namespace Ingest.Pdf.Layout;

/// <summary>Thresholds of the layout analysis, most in font sizes; the defaults suit reports, papers and books.</summary>
public sealed record PdfLayoutOptions
{
    /// <summary>A line whose baseline is further than this many font sizes below the previous one starts a new block.</summary>
    public double MaxLineSpacing { get; init; } = 1.5;

    /// <summary>Relative difference of font size at which a line starts a new block.</summary>
    public double FontSizeTolerance { get; init; } = 0.1;

    /// <summary>A first line indented by at least this many font sizes starts a paragraph (TeX's paragraph indent).</summary>
    public double ParagraphIndent { get; init; } = 0.8;

    /// <summary>Narrowest white strip between columns, in font sizes (TeX's default column gap is one).</summary>
    public double MinGutterWidth { get; init; } = 0.7;

    /// <summary>A gap this wide (body font sizes) separates two lines even without a gutter (a header's left and right parts).</summary>
    public double LineBreakGap { get; init; } = 6;

    /// <summary>
    /// Rows with text on both sides of a strip needed to call it a gutter (word spaces do not line up this often); beside
    /// smaller type (a margin note), rows with text on each side, and at least one with both.
    /// </summary>
    public int MinGutterRows { get; init; } = 3;

    /// <summary>A vertical gap larger than this (font sizes) between rows ends a gutter.</summary>
    public double MaxGutterRowGap { get; init; } = 4;

    /// <summary>Median width, in font sizes, of the text beside a gutter for it to separate columns rather than table cells.</summary>
    public double MinColumnWidth { get; init; } = 6;

    /// <summary>Share of the pages on which the same text must appear at the same place to be page furniture.</summary>
    public double FurniturePageShare { get; init; } = 0.4;

    /// <summary>Fewest words of a block that repeats body text for it to be taken as a pull quote.</summary>
    public int MinQuoteWords { get; init; } = 6;
}
