using System.Text;

namespace Ingest.Pdf.Layout;

/// <summary>Expands typographic ligatures and presentation forms (U+FB00 to U+FEFF) to their letters (NFKC).</summary>
internal static class LigatureExpander
{
    public static string Expand(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\uFB00' and <= '\uFEFC')
            {
                return Normalize(text);
            }
        }
        return text;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            builder.Append(c is >= '\uFB00' and <= '\uFEFC' ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        }
        return builder.ToString();
    }
}
