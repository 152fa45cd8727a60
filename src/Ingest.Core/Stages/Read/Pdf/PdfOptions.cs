namespace Ingest.Core.Stages.Read.Pdf;

/// <summary>How PDFs are read: the password for encrypted files and the limits that keep a hostile file bounded.</summary>
public sealed record PdfOptions
{
    /// <summary>User or owner password; the empty password is always tried first. The command line's <c>--pdf-password</c> sets it.</summary>
    public string? Password { get; init; }

    /// <summary>Largest decoded size of one stream, in bytes (a decompression bomb stops here).</summary>
    public long MaxDecodedStreamBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest decoded size of all streams of one file together, in bytes.</summary>
    public long MaxTotalDecodedBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Most content-stream operators interpreted on one page, forms included (a runaway content stream stops here).</summary>
    public int MaxOperatorsPerPage { get; init; } = 10_000_000;

    /// <summary>Largest number of objects a file may declare.</summary>
    public int MaxObjects { get; init; } = 5_000_000;

    /// <summary>Deepest nesting of arrays, dictionaries, page trees and forms.</summary>
    public int MaxNestingDepth { get; init; } = 64;
}
