using Ingest.Core.Model;

namespace Ingest.Core.Stages.Read;

/// <summary>What the detector decided and why: the encoding, the byte order mark's length, and what the file declared.</summary>
/// <param name="Encoding">The verdict.</param>
/// <param name="BomLength">Bytes of byte order mark to skip.</param>
/// <param name="Declared">The charset label the file declares, as written, or null.</param>
/// <param name="DeclaredName">The WHATWG name of <paramref name="Declared"/>, or null when unknown.</param>
/// <param name="DeclaredContradicted">Whether the bytes showed the declaration to be wrong.</param>
/// <param name="Utf8">The UTF-8 scan when the verdict is damaged UTF-8, else null.</param>
public sealed record EncodingDetection(
    DetectedEncoding Encoding,
    int BomLength,
    string? Declared = null,
    string? DeclaredName = null,
    bool DeclaredContradicted = false,
    Utf8Scan? Utf8 = null);
