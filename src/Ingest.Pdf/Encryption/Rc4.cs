namespace Ingest.Pdf.Encryption;

/// <summary>The RC4 stream cipher (ISO 32000-1, 7.6.2 uses it for V1/V2 encryption).</summary>
internal static class Rc4
{
    public static byte[] Apply(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        Span<byte> state = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            state[i] = (byte)i;
        }
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
        }
        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + state[i]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
            output[k] = (byte)(data[k] ^ state[(state[i] + state[j]) & 0xFF]);
        }
        return output;
    }
}
