namespace Ingest.Pdf;

/// <summary>Password and resource limits for reading one PDF.</summary>
public sealed record PdfReadOptions
{
    public static PdfReadOptions Default { get; } = new();

    /// <summary>User or owner password; the empty password is always tried first.</summary>
    public string? Password { get; init; }

    /// <summary>Largest decoded size of a single stream, in bytes.</summary>
    public long MaxDecodedStreamBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest number of objects the cross-reference data may declare.</summary>
    public int MaxObjects { get; init; } = 5_000_000;

    /// <summary>Deepest nesting of arrays, dictionaries, page-tree nodes and Form XObjects.</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>Most content-stream operators interpreted on one page (forms included).</summary>
    public int MaxOperatorsPerPage { get; init; } = 10_000_000;
}
