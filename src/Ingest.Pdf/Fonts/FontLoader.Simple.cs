using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Fonts;

/// <summary>Simple fonts: base encoding, /Differences, ToUnicode and widths (ISO 32000-1, 9.6.6 and 9.6.2).</summary>
internal sealed partial class FontLoader
{
    private const int SymbolicFlag = 1 << 2;

    private SimpleFont LoadSimple(PdfDictionary font)
    {
        var subtype = store.Name(font["Subtype"]);
        var descriptor = store.Dictionary(font["FontDescriptor"]);
        var style = Style(font, descriptor);
        var baseFont = store.Name(font["BaseFont"]) ?? "";
        var names = GlyphNamesOf(font, subtype, descriptor, baseFont);
        var toUnicode = ToUnicode(font);
        var unicode = new string?[256];
        Func<string, string?> byName = baseFont.Contains("Dingbats", StringComparison.OrdinalIgnoreCase)
            ? GlyphNames.DingbatToUnicode
            : GlyphNames.ToUnicode;
        for (var code = 0; code < 256; code++)
        {
            unicode[code] = toUnicode?.Unicode((uint)code, 1) ?? (names[code] is { } glyph ? byName(glyph) : null);
        }
        var matrix = store.Array(font["FontMatrix"]);
        var scale = subtype == "Type3" && matrix is { Count: 6 } ? store.Number(matrix[0]) ?? 0.001 : 0.001;
        var sizeScale = subtype == "Type3" && matrix is { Count: 6 } ? Math.Abs(store.Number(matrix[3]) ?? 0.001) * 1000 : 1;
        return new SimpleFont(style, unicode, Widths(font, descriptor, baseFont, names, scale), sizeScale);
    }

    private string?[] GlyphNamesOf(PdfDictionary font, string? subtype, PdfDictionary? descriptor, string baseFont)
    {
        var encoding = store.Resolve(font["Encoding"]);
        var symbolic = ((int)(store.Number(descriptor?["Flags"]) ?? 0) & SymbolicFlag) != 0;
        var builtIn = BuiltInEncoding(descriptor);
        var baseName = encoding switch
        {
            PdfName name => name.Value,
            PdfDictionary dictionary => store.Name(dictionary["BaseEncoding"]),
            _ => null,
        };
        var names = (string?[])(BaseEncodings.ByName(baseName) ?? builtIn
            ?? (symbolic && subtype != "Type1" ? new string?[256]
                : subtype == "TrueType" ? BaseEncodings.WinAnsi : BaseEncodings.Standard)).Clone();
        if (encoding is PdfDictionary withDifferences && store.Array(withDifferences["Differences"]) is { } differences)
        {
            var code = 0;
            foreach (var item in differences.Items.Select(store.Resolve))
            {
                if (item is PdfNumber number)
                {
                    code = number.IntValue;
                }
                else if (item is PdfName name && code is >= 0 and < 256)
                {
                    names[code++] = name.Value;
                }
            }
        }
        return names;
    }

    private string?[]? BuiltInEncoding(PdfDictionary? descriptor) =>
        store.Resolve(descriptor?["FontFile"]) is PdfStream program && store.Decode(program) is { } bytes
            ? Type1Encoding.Read(bytes)
            : null;

    private double[] Widths(PdfDictionary font, PdfDictionary? descriptor, string baseFont, string?[] names, double scale)
    {
        var widths = new double[256];
        var missing = (store.Number(descriptor?["MissingWidth"]) ?? 0) * scale;
        var standard = StandardFontMetrics.Find(baseFont);
        for (var code = 0; code < 256; code++)
        {
            widths[code] = standard is not null && names[code] is { } glyph && standard.TryGetValue(glyph, out var w)
                ? w / 1000.0
                : missing;
        }
        var first = (int)(store.Number(font["FirstChar"]) ?? 0);
        if (store.Array(font["Widths"]) is { } list)
        {
            for (var i = 0; i < list.Count && first + i < 256; i++)
            {
                if (first + i >= 0 && store.Number(list[i]) is { } width)
                {
                    widths[first + i] = width * scale;
                }
            }
        }
        return widths;
    }
}
