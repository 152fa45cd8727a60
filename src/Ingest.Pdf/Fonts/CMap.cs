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

    private const int MaxExpanded = 1 << 20;

    public static long Key(uint code, int bytes) => ((long)bytes << 32) | code;

    /// <summary>
    /// Expands ranges into the lookup tables (up to about a million codes) so that each glyph costs one hash
    /// lookup, not a scan over thousands of ranges; ranges beyond the cap stay ranges.
    /// </summary>
    public void ExpandRanges()
    {
        if (UnicodeRanges.Count + CidRanges.Count <= 16)
        {
            // A few ranges are scanned as fast as they are hashed.
            return;
        }
        var budget = MaxExpanded - UnicodeSingles.Count - CidSingles.Count;
        Expand(UnicodeRanges, (key, range, offset) =>
        {
            var text = range.Texts is not null
                ? (offset < range.Texts.Count ? range.Texts[offset] : null)
                : Increment(range.Text!, offset);
            if (text is not null)
            {
                UnicodeSingles.TryAdd(key, text);
            }
        }, ref budget);
        Expand(CidRanges, (key, range, offset) => CidSingles.TryAdd(key, range.Cid + offset), ref budget);
    }

    private static void Expand(List<CodeRange> ranges, Action<long, CodeRange, int> add, ref int budget)
    {
        var left = budget;
        ranges.RemoveAll(range =>
        {
            var count = (long)range.High - range.Low + 1;
            if (count > left)
            {
                return false;
            }
            left -= (int)count;
            for (var offset = 0; offset < count; offset++)
            {
                add(Key(range.Low + (uint)offset, range.Bytes), range, offset);
            }
            return true;
        });
        budget = left;
    }

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
