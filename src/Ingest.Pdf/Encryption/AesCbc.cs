using System.Security.Cryptography;

namespace Ingest.Pdf.Encryption;

/// <summary>AES-CBC decryption of PDF data: a 16-byte IV, then the ciphertext with PKCS#7 padding (7.6.3.2).</summary>
internal static class AesCbc
{
    public static byte[] Decrypt(byte[] key, ReadOnlySpan<byte> data)
    {
        if (data.Length < 32 || data.Length % 16 != 0)
        {
            // Only an IV (empty string) or damaged data: nothing decryptable.
            return data.Length < 32 ? [] : Decrypt(key, data[..(data.Length - (data.Length % 16))]);
        }
        using var aes = Aes.Create();
        aes.Key = key;
        var iv = data[..16];
        var body = data[16..];
        try
        {
            return aes.DecryptCbc(body, iv, PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            return aes.DecryptCbc(body, iv, PaddingMode.None);
        }
    }
}
