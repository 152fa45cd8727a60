namespace Ingest.Pdf.Filters;

/// <summary>LZWDecode (ISO 32000-1, 7.4.4): 9 to 12 bit codes, with the EarlyChange parameter.</summary>
internal static class LzwFilter
{
    private const int ClearTable = 256;
    private const int EndOfData = 257;

    public static FilterResult Decode(ReadOnlySpan<byte> input, long limit, bool earlyChange)
    {
        var output = new BoundedOutput(limit, Math.Max(1024, input.Length * 3));
        // Entry i is (prefix entry, last byte, length); strings are rebuilt backwards.
        var prefix = new int[4096];
        var suffix = new byte[4096];
        var lengths = new int[4096];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = (byte)i;
            lengths[i] = 1;
        }
        var next = 258;
        var width = 9;
        var previous = -1;
        long bits = 0;
        var bitCount = 0;
        var scratch = new byte[4096];
        foreach (var b in input)
        {
            bits = (bits << 8) | b;
            bitCount += 8;
            while (bitCount >= width)
            {
                var code = (int)((bits >> (bitCount - width)) & ((1 << width) - 1));
                bitCount -= width;
                if (code == ClearTable)
                {
                    next = 258;
                    width = 9;
                    previous = -1;
                    continue;
                }
                if (code == EndOfData)
                {
                    return new FilterResult(output.ToArray(), false);
                }
                if (code > next || (code == next && previous < 0))
                {
                    return new FilterResult(output.ToArray(), true);
                }
                int first;
                if (code < next)
                {
                    first = Emit(code, prefix, suffix, lengths, scratch, output);
                }
                else
                {
                    first = Emit(previous, prefix, suffix, lengths, scratch, output);
                    output.Write((byte)first);
                }
                if (previous >= 0 && next < 4096)
                {
                    prefix[next] = previous;
                    suffix[next] = (byte)first;
                    lengths[next] = lengths[previous] + 1;
                    next++;
                }
                previous = code;
                var threshold = next + (earlyChange ? 1 : 0);
                width = threshold >= 2048 ? 12 : threshold >= 1024 ? 11 : threshold >= 512 ? 10 : 9;
            }
        }
        return new FilterResult(output.ToArray(), false);
    }

    private static int Emit(int code, int[] prefix, byte[] suffix, int[] lengths, byte[] scratch, BoundedOutput output)
    {
        var length = lengths[code];
        var at = code;
        for (var i = length - 1; i >= 0; i--)
        {
            scratch[i] = suffix[at];
            at = prefix[at];
        }
        output.Write(scratch.AsSpan(0, length));
        return scratch[0];
    }
}
