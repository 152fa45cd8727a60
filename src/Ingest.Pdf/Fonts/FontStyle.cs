namespace Ingest.Pdf.Fonts;

/// <summary>A font's name (subset prefix removed) and its bold/italic hints.</summary>
internal sealed record FontStyle(string Name, bool IsBold, bool IsItalic)
{
    /// <summary>Hints from the name and the font descriptor (/Flags, /FontWeight, /ItalicAngle; ISO 32000-1, 9.8).</summary>
    public static FontStyle From(string baseFont, int flags, double weight, double italicAngle)
    {
        var plus = baseFont.IndexOf('+', StringComparison.Ordinal);
        var name = plus == 6 ? baseFont[(plus + 1)..] : baseFont;
        var bold = weight >= 600 || (flags & (1 << 18)) != 0 || ContainsAny(name, "Bold", "Black", "Heavy", "Semibold", "Demi");
        var italic = italicAngle != 0 || (flags & (1 << 6)) != 0 || ContainsAny(name, "Italic", "Oblique");
        return new FontStyle(name, bold, italic);
    }

    private static bool ContainsAny(string name, params string[] parts) =>
        parts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase));
}
