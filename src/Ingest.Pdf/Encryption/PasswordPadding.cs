using System.Text;

namespace Ingest.Pdf.Encryption;

/// <summary>The password padding string and password byte forms of the standard security handler (7.6.3.3).</summary>
internal static class PasswordPadding
{
    public static ReadOnlySpan<byte> Pad =>
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    /// <summary>The password in PDFDoc/Latin-1 bytes, padded or cut to 32 bytes (revisions 2 to 4).</summary>
    public static byte[] Padded(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        var result = new byte[32];
        var count = Math.Min(32, bytes.Length);
        bytes.AsSpan(0, count).CopyTo(result);
        Pad[..(32 - count)].CopyTo(result.AsSpan(count));
        return result;
    }

    /// <summary>The password as UTF-8, at most 127 bytes (revisions 5 and 6).</summary>
    public static byte[] Utf8(string password)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        return bytes.Length > 127 ? bytes[..127] : bytes;
    }
}
