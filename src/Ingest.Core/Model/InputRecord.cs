namespace Ingest.Core.Model;

/// <summary>One input file's line in the manifest: whatever happened to it.</summary>
public sealed record InputRecord(string Path, string? Sha256, long Bytes, InputStatus Status, string? Document);
