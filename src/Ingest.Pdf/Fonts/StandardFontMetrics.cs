using System.Collections.Frozen;
using System.Globalization;

namespace Ingest.Pdf.Fonts;

/// <summary>Glyph widths of the 14 standard fonts (Adobe Core14 AFM), for fonts without /Widths.</summary>
internal static class StandardFontMetrics
{
    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, int>>> Fonts = new(Load);

    /// <summary>The metrics of a standard font, accepting common aliases (Arial, TimesNewRoman, CourierNew).</summary>
    public static FrozenDictionary<string, int>? Find(string baseFont)
    {
        var name = Canonical(baseFont);
        return name is not null && Fonts.Value.TryGetValue(name, out var widths) ? widths : null;
    }

    public static string? Canonical(string baseFont)
    {
        var name = baseFont.Replace(" ", "", StringComparison.Ordinal);
        var bold = name.Contains("Bold", StringComparison.OrdinalIgnoreCase);
        var italic = name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
        string Variant(string family, string plain, string slanted) =>
            family + (bold && italic ? "-Bold" + slanted : bold ? "-Bold" : italic ? "-" + slanted : plain);
        if (name.StartsWith("Helvetica", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Arial", StringComparison.OrdinalIgnoreCase))
        {
            return Variant("Helvetica", "", "Oblique");
        }
        if (name.StartsWith("Courier", StringComparison.OrdinalIgnoreCase))
        {
            return Variant("Courier", "", "Oblique");
        }
        if (name.StartsWith("Times", StringComparison.OrdinalIgnoreCase))
        {
            return bold || italic ? Variant("Times", "", "Italic") : "Times-Roman";
        }
        if (name.StartsWith("Symbol", StringComparison.OrdinalIgnoreCase))
        {
            return "Symbol";
        }
        return name.StartsWith("ZapfDingbats", StringComparison.OrdinalIgnoreCase) ? "ZapfDingbats" : null;
    }

    private static FrozenDictionary<string, FrozenDictionary<string, int>> Load()
    {
        var fonts = new Dictionary<string, FrozenDictionary<string, int>>(StringComparer.Ordinal);
        string? current = null;
        var widths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in DataFile.Lines("standard14.txt"))
        {
            if (line.StartsWith('>'))
            {
                if (current is not null)
                {
                    fonts[current] = widths.ToFrozenDictionary(StringComparer.Ordinal);
                }
                current = line[1..].Split(' ')[0];
                widths = new Dictionary<string, int>(StringComparer.Ordinal);
                continue;
            }
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                widths[line[..space]] = int.Parse(line.AsSpan(space + 1), CultureInfo.InvariantCulture);
            }
        }
        if (current is not null)
        {
            fonts[current] = widths.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return fonts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
