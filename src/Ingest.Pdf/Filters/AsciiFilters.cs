namespace Ingest.Pdf.Filters;

/// <summary>ASCIIHexDecode, ASCII85Decode and RunLengthDecode (ISO 32000-1, 7.4.2, 7.4.3, 7.4.5).</summary>
internal static class AsciiFilters
{
    public static FilterResult DecodeHex(ReadOnlySpan<byte> input, long limit)
    {
        var output = new BoundedOutput(limit, (input.Length / 2) + 1);
        var high = -1;
        foreach (var b in input)
        {
            if (b == '>')
            {
                break;
            }
            var value = Lexing.ByteClass.HexValue(b);
            if (value < 0)
            {
                continue;
            }
            if (high < 0)
            {
                high = value;
            }
            else
            {
                output.Write((byte)((high << 4) | value));
                high = -1;
            }
        }
        if (high >= 0)
        {
            output.Write((byte)(high << 4));
        }
        return new FilterResult(output.ToArray(), false);
    }

    public static FilterResult DecodeAscii85(ReadOnlySpan<byte> input, long limit)
    {
        var output = new BoundedOutput(limit, input.Length);
        Span<int> group = stackalloc int[5];
        var count = 0;
        var damaged = false;
        var start = input.StartsWith("<~"u8) ? 2 : 0;
        for (var i = start; i < input.Length; i++)
        {
            var b = input[i];
            if (b == '~')
            {
                break;
            }
            if (Lexing.ByteClass.IsWhitespace(b))
            {
                continue;
            }
            if (b == 'z' && count == 0)
            {
                output.Write([0, 0, 0, 0]);
                continue;
            }
            if (b is < (byte)'!' or > (byte)'u')
            {
                damaged = true;
                continue;
            }
            group[count++] = b - '!';
            if (count == 5)
            {
                WriteGroup(group, 4, output);
                count = 0;
            }
        }
        if (count > 1)
        {
            for (var k = count; k < 5; k++)
            {
                group[k] = 84;
            }
            WriteGroup(group, count - 1, output);
        }
        return new FilterResult(output.ToArray(), damaged);
    }

    private static void WriteGroup(Span<int> group, int bytes, BoundedOutput output)
    {
        long value = 0;
        foreach (var digit in group)
        {
            value = (value * 85) + digit;
        }
        for (var k = 0; k < bytes; k++)
        {
            output.Write((byte)(value >> (24 - (8 * k))));
        }
    }

    public static FilterResult DecodeRunLength(ReadOnlySpan<byte> input, long limit)
    {
        var output = new BoundedOutput(limit, input.Length * 2);
        var i = 0;
        while (i < input.Length)
        {
            var length = input[i++];
            if (length == 128)
            {
                break;
            }
            if (length < 128)
            {
                var count = Math.Min(length + 1, input.Length - i);
                output.Write(input.Slice(i, count));
                i += count;
            }
            else if (i < input.Length)
            {
                var value = input[i++];
                for (var k = 0; k < 257 - length; k++)
                {
                    output.Write(value);
                }
            }
        }
        return new FilterResult(output.ToArray(), false);
    }
}
