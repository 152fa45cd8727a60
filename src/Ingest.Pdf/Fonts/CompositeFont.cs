using System.Text;

namespace Ingest.Pdf.Fonts;

/// <summary>A Type0 font: a CMap from codes to CIDs, CID widths, and Unicode from ToUnicode, a Unicode-keyed CMap or the Adobe collection.</summary>
internal sealed class CompositeFont(FontStyle style, CMap encoding, bool codesAreUtf16, CMap? toUnicode,
    CidToUnicode? collection, CidWidths widths, bool vertical) : PdfFont(style)
{
    public override bool IsVertical => vertical;

    public override int ReadCode(ReadOnlySpan<byte> data, int at, out uint code) =>
        encoding.ReadCode(data, at, 2, out code);

    public override string? Unicode(uint code, int length)
    {
        if (toUnicode?.Unicode(code, length) is { } mapped)
        {
            return mapped;
        }
        if (!codesAreUtf16)
        {
            return collection?.Map(Cid(code, length));
        }
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(code >> (8 * (length - 1 - i)));
        }
        return Encoding.BigEndianUnicode.GetString(bytes);
    }

    public override double Width(uint code, int length) => widths.Width(Cid(code, length));

    private int Cid(uint code, int length) => encoding.Cid(code, length) ?? (int)code;
}
