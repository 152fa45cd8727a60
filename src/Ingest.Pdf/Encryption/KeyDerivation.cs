using System.Security.Cryptography;

namespace Ingest.Pdf.Encryption;

/// <summary>File-key computation and password checks of the standard security handler (ISO 32000-2, 7.6.4).</summary>
internal static class KeyDerivation
{
    /// <summary>Algorithm 2: the file key from a padded user password (revisions 2 to 4).</summary>
    public static byte[] FileKey(byte[] padded, byte[] owner, int permissions, byte[] id, int revision, int length,
        bool encryptMetadata)
    {
        var input = new List<byte>(padded);
        input.AddRange(owner.Length >= 32 ? owner[..32] : owner);
        input.AddRange(BitConverter.IsLittleEndian ? BitConverter.GetBytes(permissions) : [.. BitConverter.GetBytes(permissions).Reverse()]);
        input.AddRange(id);
        if (revision >= 4 && !encryptMetadata)
        {
            input.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
        }
        var hash = MD5.HashData([.. input]);
        if (revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, length));
            }
        }
        return hash[..length];
    }

    /// <summary>Algorithms 4 and 5: whether <paramref name="key"/> opens the file, checked against /U.</summary>
    public static bool UserKeyMatches(byte[] key, byte[] user, byte[] id, int revision)
    {
        if (revision == 2)
        {
            return Rc4.Apply(key, PasswordPadding.Pad).AsSpan().SequenceEqual(user.AsSpan(0, Math.Min(32, user.Length)));
        }
        var value = Rc4.Apply(key, MD5.HashData([.. PasswordPadding.Pad, .. id]));
        value = Cascade(key, value, ascending: true);
        return user.Length >= 16 && value.AsSpan(0, 16).SequenceEqual(user.AsSpan(0, 16));
    }

    /// <summary>Algorithm 7: recovers the padded user password from /O with the owner password.</summary>
    public static byte[] UserPasswordFromOwner(string ownerPassword, byte[] owner, int revision, int length)
    {
        var hash = MD5.HashData(PasswordPadding.Padded(ownerPassword));
        if (revision >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash);
            }
        }
        var key = hash[..length];
        if (revision == 2)
        {
            return Rc4.Apply(key, owner);
        }
        return Cascade(key, owner, ascending: false);
    }

    /// <summary>RC4 with the key XOR-ed by 1..19 (ascending) or 19..0 (descending).</summary>
    private static byte[] Cascade(byte[] key, byte[] value, bool ascending)
    {
        var round = new byte[key.Length];
        for (var step = 0; step < (ascending ? 19 : 20); step++)
        {
            var i = ascending ? step + 1 : 19 - step;
            for (var k = 0; k < key.Length; k++)
            {
                round[k] = (byte)(key[k] ^ i);
            }
            value = Rc4.Apply(round, value);
        }
        return value;
    }

    /// <summary>Algorithm 2.A/2.B hash for revisions 5 and 6.</summary>
    public static byte[] Hash(byte[] password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userData, int revision)
    {
        var k = SHA256.HashData([.. password, .. salt, .. userData]);
        if (revision < 6)
        {
            return k;
        }
        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var block = new List<byte>();
            block.AddRange(password);
            block.AddRange(k);
            block.AddRange(userData.ToArray());
            var one = block.ToArray();
            var sequence = new byte[one.Length * 64];
            for (var r = 0; r < 64; r++)
            {
                one.CopyTo(sequence, r * one.Length);
            }
            aes.Key = k[..16];
            var encrypted = aes.EncryptCbc(sequence, k.AsSpan(16, 16), PaddingMode.None);
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += encrypted[i];
            }
            k = (sum % 3) switch
            {
                0 => SHA256.HashData(encrypted),
                1 => SHA384.HashData(encrypted),
                _ => SHA512.HashData(encrypted),
            };
            if (round >= 63 && encrypted[^1] <= round + 1 - 32)
            {
                break;
            }
        }
        return k[..32];
    }
}
