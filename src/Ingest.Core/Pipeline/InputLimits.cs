namespace Ingest.Core.Pipeline;

/// <summary>Limits on what one input may be; larger inputs are skipped with a diagnostic.</summary>
public sealed record InputLimits
{
    /// <summary>Files above this many bytes are skipped (ING005).</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;
}
