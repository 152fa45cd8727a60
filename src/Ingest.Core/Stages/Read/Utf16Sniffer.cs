namespace Ingest.Core.Stages.Read;

/// <summary>Recognises UTF-16 and UTF-32 without a byte order mark from where the zero (or constant) bytes fall, and UTF-16 CJK text from its code units.</summary>
public static class Utf16Sniffer
{
    private const int Window = 8192;

    /// <summary>The WHATWG-style name (<c>utf-16le</c>, <c>utf-16be</c>, <c>utf-32le</c>, <c>utf-32be</c>), or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, Window) & ~3)];
        if (head.Length < 4)
        {
            return null;
        }
        if (Utf32(head, littleEndian: true))
        {
            return "utf-32le";
        }
        if (Utf32(head, littleEndian: false))
        {
            return "utf-32be";
        }
        var pairs = head.Length / 2;
        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        // Mostly-ASCII UTF-16 puts zeros in one half of the byte pairs and almost none in the other.
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05)
        {
            return "utf-16le";
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05)
        {
            return "utf-16be";
        }
        // Text in one small script (Cyrillic, Greek, Hebrew, Arabic...) repeats one high byte instead of zero.
        if (SameHighByte(head, 1) && SurrogatesPaired(head, littleEndian: true))
        {
            return "utf-16le";
        }
        if (SameHighByte(head, 0) && SurrogatesPaired(head, littleEndian: false))
        {
            return "utf-16be";
        }
        // CJK text spreads its high bytes over many blocks: judge the code units themselves.
        var little = Utf16Units.Judge(head, littleEndian: true);
        var big = Utf16Units.Judge(head, littleEndian: false);
        if (little.IsCjkText != big.IsCjkText)
        {
            return little.IsCjkText ? "utf-16le" : "utf-16be";
        }
        // Mostly ASCII, but a few CJK characters ending in a zero byte (U+4E00, U+5F00...) put zeros on the other side too.
        if (oddZeros > pairs * 0.3 && evenZeros * 4 < oddZeros && little.IsText)
        {
            return "utf-16le";
        }
        return evenZeros > pairs * 0.3 && oddZeros * 4 < evenZeros && big.IsText ? "utf-16be" : null;
    }

    private static bool Utf32(ReadOnlySpan<byte> head, bool littleEndian)
    {
        var units = head.Length / 4;
        var plausible = 0;
        for (var i = 0; i < head.Length; i += 4)
        {
            var (top, high) = littleEndian ? (head[i + 3], head[i + 2]) : (head[i], head[i + 1]);
            plausible += top == 0 && high <= 0x10 ? 1 : 0;
        }
        return plausible == units && units >= 2 && head.ContainsAnyExcept((byte)0);
    }

    private static bool SameHighByte(ReadOnlySpan<byte> head, int offset)
    {
        Span<int> counts = stackalloc int[256];
        Span<int> lowCounts = stackalloc int[256];
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            counts[head[i + offset]]++;
            lowCounts[head[i + 1 - offset]]++;
        }
        var pairs = head.Length / 2;
        var top = 0;
        var topByte = 0;
        for (var b = 0; b < 256; b++)
        {
            if (counts[b] > top)
            {
                (top, topByte) = (counts[b], b);
            }
        }
        var zeroOrTop = counts[0] + (topByte == 0 ? 0 : top);
        var distinctLow = 0;
        foreach (var n in lowCounts)
        {
            distinctLow += n > 0 ? 1 : 0;
        }
        // Nearly every high byte is 0 or the script's block, and the low bytes vary as letters do.
        return pairs >= 8 && topByte is > 0 and < 0xD8 && top > pairs * 0.4 && zeroOrTop > pairs * 0.9 && distinctLow >= 12;
    }

    private static bool SurrogatesPaired(ReadOnlySpan<byte> head, bool littleEndian)
    {
        var expectLow = false;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            var unit = littleEndian ? head[i] | head[i + 1] << 8 : head[i] << 8 | head[i + 1];
            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (isLow != expectLow)
            {
                return false;
            }
            expectLow = isHigh;
        }
        return true;
    }
}
