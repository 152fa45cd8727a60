namespace Ingest.Core.Stages.Read;

/// <summary>An encoding that pipeline.json forces for the inputs whose relative path matches <see cref="Paths"/>.</summary>
public sealed record ForcedEncoding
{
    /// <summary>Glob over the input's relative path with <c>/</c> separators: <c>*</c> within a folder, <c>**</c> across folders, <c>?</c> one character.</summary>
    public string Paths { get; init; } = "**";

    /// <summary>WHATWG name (or label) of the encoding to use.</summary>
    public string Encoding { get; init; } = "utf-8";
}
