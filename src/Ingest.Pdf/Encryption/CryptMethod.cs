namespace Ingest.Pdf.Encryption;

/// <summary>How strings or streams are encrypted (crypt filter method, ISO 32000-1, 7.6.5).</summary>
internal enum CryptMethod
{
    None,
    Rc4,
    AesV2,
    AesV3,
}
