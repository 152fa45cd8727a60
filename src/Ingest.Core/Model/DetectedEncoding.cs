namespace Ingest.Core.Model;

/// <summary>The encoding a document was decoded with (WHATWG name), how sure we are, and how we decided.</summary>
/// <param name="Name">WHATWG Encoding Standard name, lower case.</param>
/// <param name="Confidence">Calibrated probability in [0,1] that decoding with <paramref name="Name"/> is right.</param>
/// <param name="Bom">Whether a byte order mark was present (and removed).</param>
/// <param name="Method">The evidence used: <c>bom</c>, <c>utf8</c>, <c>declared</c>, <c>statistical</c>, <c>forced</c>, <c>fallback</c>.</param>
/// <param name="RunnerUp">The second-best candidate when it was close, else null.</param>
public sealed record DetectedEncoding(string Name, double Confidence, bool Bom, string Method, string? RunnerUp = null)
{
    public static readonly DetectedEncoding Unknown = new("utf-8", 0, false, "none");
}
