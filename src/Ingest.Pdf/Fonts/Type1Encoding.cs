using System.Text;

namespace Ingest.Pdf.Fonts;

/// <summary>Reads the built-in encoding from the clear-text part of an embedded Type 1 font program ("dup 65 /A put").</summary>
internal static class Type1Encoding
{
    public static string?[]? Read(byte[] program)
    {
        var span = program.AsSpan();
        var eexec = span.IndexOf("eexec"u8);
        var clear = Encoding.Latin1.GetString(eexec > 0 ? span[..eexec] : span[..Math.Min(span.Length, 65536)]);
        var at = clear.IndexOf("/Encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        if (clear.AsSpan(at).StartsWith("/Encoding StandardEncoding", StringComparison.Ordinal))
        {
            return BaseEncodings.Standard;
        }
        var names = new string?[256];
        var found = false;
        var index = at;
        while ((index = clear.IndexOf("dup ", index, StringComparison.Ordinal)) >= 0)
        {
            var parts = clear.AsSpan(index + 4, Math.Min(80, clear.Length - index - 4)).ToString().Split(' ', 3);
            index += 4;
            if (parts.Length >= 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code is >= 0 and < 256 && parts[1].StartsWith('/'))
            {
                names[code] = parts[1][1..];
                found = true;
            }
        }
        return found ? names : null;
    }
}
