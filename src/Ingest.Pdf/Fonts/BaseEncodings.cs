namespace Ingest.Pdf.Fonts;

/// <summary>The predefined simple-font encodings as glyph names (ISO 32000-1, Annex D), generated from AGL and AFM data.</summary>
internal static class BaseEncodings
{
    private static readonly Lazy<string?[][]> Tables = new(Load);

    public static string?[] Standard => Tables.Value[0];

    public static string?[] WinAnsi => Tables.Value[1];

    public static string?[] MacRoman => Tables.Value[2];

    public static string?[] PdfDoc => Tables.Value[3];

    public static string?[]? ByName(string? name) => name switch
    {
        "StandardEncoding" => Standard,
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" => MacRoman,
        "PDFDocEncoding" => PdfDoc,
        _ => null,
    };

    /// <summary>A PDFDocEncoding byte as a character; undefined bytes map to themselves (Latin-1).</summary>
    public static char PdfDocUnicode(byte code)
    {
        var name = PdfDoc[code];
        return name is not null && GlyphNames.ToUnicode(name) is { Length: 1 } text ? text[0] : (char)code;
    }

    private static string?[][] Load() => DataFile.Lines("encodings.txt")
        .Select(line => line.Split(' ').Select(n => n == "." ? null : n).ToArray())
        .ToArray();
}
