namespace Ingest.Pdf.Filters;

/// <summary>Internal signal that a stream decodes past the configured size limit.</summary>
internal sealed class StreamLimitException(long limit) : Exception($"decoded size exceeds {limit} bytes")
{
    public long Limit { get; } = limit;
}
