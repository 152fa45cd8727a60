using System.Text;

namespace Ingest.Pdf.Objects;

/// <summary>Decodes text strings (ISO 32000-1, 7.9.2.2): UTF-16BE or UTF-8 with a BOM, else PDFDocEncoding.</summary>
internal static class PdfTextString
{
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, (bytes.Length - 2) & ~1);
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = Fonts.BaseEncodings.PdfDocUnicode(bytes[i]);
        }
        return new string(chars);
    }
}
