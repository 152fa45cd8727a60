using System.Security.Cryptography;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Encryption;

/// <summary>The standard security handler (ISO 32000-2, 7.6.4): opens the file key and decrypts strings and streams.</summary>
internal sealed class SecurityHandler
{
    private readonly byte[] _fileKey;
    private readonly CryptMethod _strings;
    private readonly CryptMethod _streams;
    private readonly bool _encryptMetadata;

    private SecurityHandler(byte[] fileKey, CryptMethod strings, CryptMethod streams, bool encryptMetadata)
    {
        _fileKey = fileKey;
        _strings = strings;
        _streams = streams;
        _encryptMetadata = encryptMetadata;
    }

    /// <summary>Opens the handler with the empty password, then the given one; reports and returns null on failure.</summary>
    public static SecurityHandler? Create(PdfDictionary encrypt, byte[] id, string? password,
        Func<PdfObject?, PdfObject> resolve, DiagnosticBag diagnostics)
    {
        var filter = resolve(encrypt["Filter"]) is PdfName f ? f.Value : "";
        var version = Int(resolve(encrypt["V"]), 0);
        var revision = Int(resolve(encrypt["R"]), 0);
        if (filter != "Standard" || version is < 1 or > 5 || revision is < 2 or > 6)
        {
            diagnostics.Report(PdfRules.UnsupportedEncryption, $"security handler /{filter} V{version} R{revision} is not supported");
            return null;
        }
        var owner = Bytes(resolve(encrypt["O"]));
        var user = Bytes(resolve(encrypt["U"]));
        var encryptMetadata = resolve(encrypt["EncryptMetadata"]) is not PdfBoolean { Value: false };
        var (strings, streams) = Methods(encrypt, version, resolve);
        var key = revision >= 5
            ? OpenAes256(encrypt, owner, user, revision, password, resolve)
            : OpenRc4Era(encrypt, owner, user, id, revision, version, password, resolve, encryptMetadata);
        if (key is null)
        {
            diagnostics.Report(PdfRules.WrongPassword,
                password is null ? "the file needs a password" : "the given password does not open the file");
            return null;
        }
        return new SecurityHandler(key, strings, streams, encryptMetadata);
    }

    private static byte[]? OpenRc4Era(PdfDictionary encrypt, byte[] owner, byte[] user, byte[] id, int revision, int version,
        string? password, Func<PdfObject?, PdfObject> resolve, bool encryptMetadata)
    {
        var length = version == 1 ? 5 : Math.Clamp(Int(resolve(encrypt["Length"]), 40) / 8, 5, 16);
        var permissions = Int(resolve(encrypt["P"]), 0);
        foreach (var candidate in password is null or "" ? [""] : new[] { "", password })
        {
            var asUser = KeyDerivation.FileKey(PasswordPadding.Padded(candidate), owner, permissions, id, revision, length, encryptMetadata);
            if (KeyDerivation.UserKeyMatches(asUser, user, id, revision))
            {
                return asUser;
            }
            var recovered = KeyDerivation.UserPasswordFromOwner(candidate, owner, revision, length);
            var asOwner = KeyDerivation.FileKey(recovered, owner, permissions, id, revision, length, encryptMetadata);
            if (KeyDerivation.UserKeyMatches(asOwner, user, id, revision))
            {
                return asOwner;
            }
        }
        return null;
    }

    private static byte[]? OpenAes256(PdfDictionary encrypt, byte[] owner, byte[] user, int revision, string? password,
        Func<PdfObject?, PdfObject> resolve)
    {
        if (owner.Length < 48 || user.Length < 48)
        {
            return null;
        }
        var ownerKey = Bytes(resolve(encrypt["OE"]));
        var userKey = Bytes(resolve(encrypt["UE"]));
        foreach (var candidate in password is null or "" ? [""] : new[] { "", password })
        {
            var bytes = PasswordPadding.Utf8(candidate);
            if (KeyDerivation.Hash(bytes, user.AsSpan(32, 8), [], revision).AsSpan().SequenceEqual(user.AsSpan(0, 32)))
            {
                return UnwrapKey(KeyDerivation.Hash(bytes, user.AsSpan(40, 8), [], revision), userKey);
            }
            var userData = user.AsSpan(0, 48);
            if (KeyDerivation.Hash(bytes, owner.AsSpan(32, 8), userData, revision).AsSpan().SequenceEqual(owner.AsSpan(0, 32)))
            {
                return UnwrapKey(KeyDerivation.Hash(bytes, owner.AsSpan(40, 8), userData, revision), ownerKey);
            }
        }
        return null;
    }

    private static byte[]? UnwrapKey(byte[] intermediate, byte[] wrapped)
    {
        if (wrapped.Length < 32)
        {
            return null;
        }
        using var aes = Aes.Create();
        aes.Key = intermediate;
        return aes.DecryptCbc(wrapped.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }

    private static (CryptMethod Strings, CryptMethod Streams) Methods(PdfDictionary encrypt, int version,
        Func<PdfObject?, PdfObject> resolve)
    {
        if (version < 4)
        {
            return (CryptMethod.Rc4, CryptMethod.Rc4);
        }
        var filters = resolve(encrypt["CF"]) as PdfDictionary;
        CryptMethod Method(string key)
        {
            var name = resolve(encrypt[key]) is PdfName n ? n.Value : "Identity";
            if (name == "Identity" || filters is null || resolve(filters[name]) is not PdfDictionary filter)
            {
                return CryptMethod.None;
            }
            return (resolve(filter["CFM"]) as PdfName)?.Value switch
            {
                "V2" => CryptMethod.Rc4,
                "AESV2" => CryptMethod.AesV2,
                "AESV3" => CryptMethod.AesV3,
                _ => CryptMethod.None,
            };
        }
        return (Method("StrF"), Method("StmF"));
    }

    public void DecryptStrings(PdfObject value, ObjectId id, int depth = 0)
    {
        if (depth > 64 || _strings == CryptMethod.None)
        {
            return;
        }
        switch (value)
        {
            case PdfString text:
                text.Bytes = Decrypt(text.Bytes, id, _strings);
                break;
            case PdfArray array:
                foreach (var item in array.Items)
                {
                    DecryptStrings(item, id, depth + 1);
                }
                break;
            case PdfDictionary dictionary:
                foreach (var item in dictionary.Entries.Values)
                {
                    DecryptStrings(item, id, depth + 1);
                }
                break;
            case PdfStream stream:
                DecryptStrings(stream.Dictionary, id, depth + 1);
                break;
        }
    }

    public ReadOnlyMemory<byte> DecryptStream(ReadOnlyMemory<byte> raw, ObjectId id, PdfDictionary dictionary)
    {
        var isMetadata = dictionary.NameOf("Type") == "Metadata";
        var identityCrypt = dictionary.NameOf("Filter") == "Crypt"
            || (dictionary["Filter"] is PdfArray { Count: > 0 } filters && filters[0] is PdfName { Value: "Crypt" });
        if (_streams == CryptMethod.None || (isMetadata && !_encryptMetadata) || identityCrypt)
        {
            return raw;
        }
        return Decrypt(raw.Span, id, _streams);
    }

    private byte[] Decrypt(ReadOnlySpan<byte> data, ObjectId id, CryptMethod method)
    {
        if (method == CryptMethod.AesV3)
        {
            return AesCbc.Decrypt(_fileKey, data);
        }
        var material = new byte[_fileKey.Length + 5 + (method == CryptMethod.AesV2 ? 4 : 0)];
        _fileKey.CopyTo(material, 0);
        var at = _fileKey.Length;
        material[at] = (byte)id.Number;
        material[at + 1] = (byte)(id.Number >> 8);
        material[at + 2] = (byte)(id.Number >> 16);
        material[at + 3] = (byte)id.Generation;
        material[at + 4] = (byte)(id.Generation >> 8);
        if (method == CryptMethod.AesV2)
        {
            "sAlT"u8.CopyTo(material.AsSpan(at + 5));
        }
        var key = MD5.HashData(material).AsSpan(0, Math.Min(16, _fileKey.Length + 5)).ToArray();
        return method == CryptMethod.AesV2 ? AesCbc.Decrypt(key, data) : Rc4.Apply(key, data);
    }

    private static int Int(PdfObject value, int fallback) => value is PdfNumber n ? n.IntValue : fallback;

    private static byte[] Bytes(PdfObject value) => value is PdfString s ? s.Bytes : [];
}
