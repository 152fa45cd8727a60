using System.Text;

namespace Ingest.Pdf.Fonts;

/// <summary>A parsed CMap (embedded, ToUnicode or predefined Identity): codespaces, code to CID and code to Unicode.</summary>
internal sealed class CMap
{
    public List<CodespaceRange> Codespaces { get; } = [];

    public Dictionary<long, string> UnicodeSingles { get; } = [];

    public List<CodeRange> UnicodeRanges { get; } = [];

    public Dictionary<long, int> CidSingles { get; } = [];

    public List<CodeRange> CidRanges { get; } = [];

    public bool IsVertical { get; set; }

    public string? UseCMap { get; set; }

    public static long Key(uint code, int bytes) => ((long)bytes << 32) | code;

    /// <summary>Reads one code at <paramref name="at"/>; returns its length in bytes (at least 1).</summary>
    public int ReadCode(ReadOnlySpan<byte> data, int at, int fallbackBytes, out uint code)
    {
        var rest = data[at..];
        var length = 0;
        foreach (var range in Codespaces)
        {
            if (range.Matches(rest) && (length == 0 || range.Bytes < length))
            {
                length = range.Bytes;
            }
        }
        if (length == 0)
        {
            length = Math.Min(Math.Max(1, fallbackBytes), rest.Length);
        }
        code = 0;
        for (var i = 0; i < length; i++)
        {
            code = (code << 8) | rest[i];
        }
        return length;
    }

    public string? Unicode(uint code, int bytes)
    {
        if (UnicodeSingles.TryGetValue(Key(code, bytes), out var text))
        {
            return text;
        }
        foreach (var range in UnicodeRanges)
        {
            if (code < range.Low || code > range.High || (range.Bytes != bytes && Codespaces.Count > 0))
            {
                continue;
            }
            var offset = (int)(code - range.Low);
            if (range.Texts is not null)
            {
                return offset < range.Texts.Count ? range.Texts[offset] : null;
            }
            return Increment(range.Text!, offset);
        }
        return null;
    }

    public int? Cid(uint code, int bytes)
    {
        if (CidSingles.TryGetValue(Key(code, bytes), out var cid))
        {
            return cid;
        }
        foreach (var range in CidRanges)
        {
            if (code >= range.Low && code <= range.High && range.Bytes == bytes)
            {
                return range.Cid + (int)(code - range.Low);
            }
        }
        return null;
    }

    /// <summary>bfrange destinations increase in their last UTF-16 unit (ISO 32000-1, 9.10.3).</summary>
    private static string Increment(string start, int offset)
    {
        if (offset == 0 || start.Length == 0)
        {
            return start;
        }
        if (start.Length == 2 && char.IsSurrogatePair(start[0], start[1]))
        {
            var cp = char.ConvertToUtf32(start[0], start[1]) + offset;
            return cp <= 0x10FFFF ? char.ConvertFromUtf32(cp) : start;
        }
        var builder = new StringBuilder(start);
        builder[^1] = (char)(builder[^1] + offset);
        return builder.ToString();
    }
}
