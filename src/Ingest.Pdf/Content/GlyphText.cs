using System.Text;

namespace Ingest.Pdf.Content;

/// <summary>Cleans a glyph's Unicode text: control codes, U+FFFD and NUL never reach the output.</summary>
internal static class GlyphText
{
    public static string? Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var clean = true;
        foreach (var c in text)
        {
            if (char.IsControl(c) || c == '\uFFFD' || c == '\uFEFF')
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && c != '\uFFFD' && c != '\uFEFF')
            {
                builder.Append(c);
            }
        }
        return builder.Length == 0 ? null : builder.ToString();
    }
}
