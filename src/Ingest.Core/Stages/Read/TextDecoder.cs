using System.Text;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Read;

/// <summary>Decodes bytes: a byte order mark first, then strict UTF-8, else the fallback encoding.</summary>
/// <remarks>Follows the WHATWG Encoding Standard's "decode" (BOM sniffing wins over everything else).</remarks>
public sealed class TextDecoder(string fallbackEncoding)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return new(Encoding.UTF8.GetString(bytes[3..]), new DetectedEncoding("utf-8", 1.0, true, "bom"));
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            return new(new UTF32Encoding(false, false).GetString(bytes[4..]), new DetectedEncoding("utf-32le", 1.0, true, "bom"));
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return new(Encoding.Unicode.GetString(bytes[2..]), new DetectedEncoding("utf-16le", 1.0, true, "bom"));
        }
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), new DetectedEncoding("utf-16be", 1.0, true, "bom"));
        }
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // Pure ASCII is valid in nearly every encoding, so it proves less than non-ASCII UTF-8 does.
            var confidence = Ascii.IsValid(bytes) ? 0.9 : 1.0;
            return new(StrictUtf8.GetString(bytes), new DetectedEncoding("utf-8", confidence, false, "utf8"));
        }
        var fallback = LegacyEncodings.Get(fallbackEncoding);
        return new(fallback.GetString(bytes), new DetectedEncoding(fallbackEncoding, 0.5, false, "fallback"));
    }
}
