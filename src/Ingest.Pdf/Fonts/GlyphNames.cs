using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Fonts;

/// <summary>Glyph name to Unicode: the Adobe Glyph List, then uniXXXX / uXXXXXX names, suffixes and ligature parts.</summary>
internal static class GlyphNames
{
    private static readonly Lazy<FrozenDictionary<string, string>> List = new(() => Load("glyphlist.txt"));
    private static readonly Lazy<FrozenDictionary<string, string>> Dingbats = new(() => Load("zapfdingbats.txt"));

    /// <summary>Unicode for a glyph name of the ZapfDingbats font (its names a1, a2, ... mean nothing elsewhere).</summary>
    public static string? DingbatToUnicode(string name) =>
        Dingbats.Value.TryGetValue(name, out var known) ? known : ToUnicode(name);

    public static string? ToUnicode(string name)
    {
        if (List.Value.TryGetValue(name, out var known))
        {
            return known;
        }
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return ToUnicode(name[..dot]);
        }
        if (name.Contains('_', StringComparison.Ordinal))
        {
            var parts = name.Split('_').Select(ToUnicode).ToList();
            return parts.All(p => p is not null) ? string.Concat(parts) : null;
        }
        if (name.StartsWith("uni", StringComparison.Ordinal) && name.Length >= 7 && (name.Length - 3) % 4 == 0)
        {
            return HexRun(name.AsSpan(3), 4);
        }
        if (name.StartsWith('u') && name.Length is >= 5 and <= 7)
        {
            return HexRun(name.AsSpan(1), name.Length - 1);
        }
        return null;
    }

    private static string? HexRun(ReadOnlySpan<char> hex, int width)
    {
        var text = new StringBuilder();
        for (var i = 0; i + width <= hex.Length; i += width)
        {
            if (!int.TryParse(hex.Slice(i, width), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp)
                || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF)
            {
                return null;
            }
            text.Append(char.ConvertFromUtf32(cp));
        }
        return text.ToString();
    }

    private static FrozenDictionary<string, string> Load(string file)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.Lines(file))
        {
            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            if (semicolon <= 0)
            {
                continue;
            }
            var text = new StringBuilder();
            foreach (var hex in line[(semicolon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
            }
            result[line[..semicolon]] = text.ToString();
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
