namespace Ingest.Pdf.Fonts;

/// <summary>A one-byte font (Type1, TrueType, Type3, standard 14) with per-code Unicode and widths.</summary>
internal sealed class SimpleFont(FontStyle style, string?[] unicode, double[] widths, double sizeScale) : PdfFont(style)
{
    public override double SizeScale => sizeScale;

    public override int ReadCode(ReadOnlySpan<byte> data, int at, out uint code)
    {
        code = data[at];
        return 1;
    }

    public override string? Unicode(uint code, int length) => unicode[code & 0xFF];

    public override double Width(uint code, int length) => widths[code & 0xFF];
}
