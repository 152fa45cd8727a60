namespace Ingest.Core.Model;

/// <summary>Where a document came from: its relative path, content hash, size and sniffed format.</summary>
public sealed record SourceInfo(string Path, string Sha256, long Bytes, DocumentFormat Format);
