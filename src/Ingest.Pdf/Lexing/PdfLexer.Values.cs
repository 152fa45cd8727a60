using System.Text;

namespace Ingest.Pdf.Lexing;

/// <summary>Decoding of token values: numbers, names and strings (ISO 32000-1, 7.3.3 to 7.3.5).</summary>
internal sealed partial class PdfLexer
{
    public double NumberValue(Token token) => ParseNumber(Bytes(token));

    public long IntegerValue(Token token) => (long)ParseNumber(Bytes(token));

    public static double ParseNumber(ReadOnlySpan<byte> text)
    {
        var negative = false;
        var i = 0;
        // Malformed producers write "--5" or "+-5"; every sign counts once for the first.
        while (i < text.Length && text[i] is (byte)'+' or (byte)'-')
        {
            negative |= text[i] == '-' && i == 0;
            i++;
        }
        double value = 0;
        while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (text[i++] - '0');
        }
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var scale = 0.1;
            while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9')
            {
                value += (text[i++] - '0') * scale;
                scale *= 0.1;
            }
        }
        return negative ? -value : value;
    }

    public string NameValue(Token token) => DecodeName(Bytes(token)[1..]);

    public static string DecodeName(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'#') < 0)
        {
            return Encoding.Latin1.GetString(raw);
        }
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'#' && i + 2 < raw.Length
                && ByteClass.HexValue(raw[i + 1]) >= 0 && ByteClass.HexValue(raw[i + 2]) >= 0)
            {
                bytes.Add((byte)((ByteClass.HexValue(raw[i + 1]) << 4) | ByteClass.HexValue(raw[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(raw[i]);
            }
        }
        var array = bytes.ToArray();
        // Names are UTF-8 by convention (7.3.5); fall back to Latin-1 when the bytes are not.
        return IsValidUtf8(array) ? Encoding.UTF8.GetString(array) : Encoding.Latin1.GetString(array);
    }

    private static bool IsValidUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    public byte[] StringValue(Token token) => token.Kind == TokenKind.HexString
        ? DecodeHexString(Bytes(token))
        : DecodeLiteralString(Bytes(token));

    private static byte[] DecodeHexString(ReadOnlySpan<byte> raw)
    {
        var result = new byte[(raw.Length / 2) + 1];
        var count = 0;
        var high = -1;
        foreach (var b in raw)
        {
            var value = ByteClass.HexValue(b);
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
                result[count++] = (byte)((high << 4) | value);
                high = -1;
            }
        }
        if (high >= 0)
        {
            result[count++] = (byte)(high << 4);
        }
        return result.AsSpan(0, count).ToArray();
    }

    private static byte[] DecodeLiteralString(ReadOnlySpan<byte> raw)
    {
        // raw includes the outer parentheses (the closing one may be missing in a truncated file).
        var end = raw.Length > 1 && raw[^1] == ')' ? raw.Length - 1 : raw.Length;
        var body = raw[1..end];
        if (body.IndexOf((byte)'\\') < 0 && body.IndexOf((byte)'\r') < 0)
        {
            return body.ToArray();
        }
        var result = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b == '\r')
            {
                result.Add((byte)'\n');
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                continue;
            }
            if (b != '\\' || i + 1 >= body.Length)
            {
                result.Add(b);
                continue;
            }
            var e = body[++i];
            switch (e)
            {
                case (byte)'n': result.Add((byte)'\n'); break;
                case (byte)'r': result.Add((byte)'\r'); break;
                case (byte)'t': result.Add((byte)'\t'); break;
                case (byte)'b': result.Add((byte)'\b'); break;
                case (byte)'f': result.Add((byte)'\f'); break;
                case (byte)'\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                case (byte)'\n': break;
                case >= (byte)'0' and <= (byte)'7':
                    var value = e - '0';
                    for (var k = 0; k < 2 && i + 1 < body.Length && body[i + 1] is >= (byte)'0' and <= (byte)'7'; k++)
                    {
                        value = (value * 8) + (body[++i] - '0');
                    }
                    result.Add((byte)value);
                    break;
                default: result.Add(e); break;
            }
        }
        return [.. result];
    }
}
