namespace Ingest.Core.Model;

/// <summary>One input file's line in the manifest: whatever happened to it.</summary>
/// <param name="Path">Relative path, '/' separated.</param>
/// <param name="Sha256">Hex SHA-256 of the bytes, when they could be read.</param>
/// <param name="Bytes">File size.</param>
/// <param name="Status">ok, failed or skipped.</param>
/// <param name="Document">The document's id when the status is ok.</param>
/// <param name="Layout">Line starts of the file and its decoded text, to show diagnostics as line and column (not written out).</param>
public sealed record InputRecord(string Path, string? Sha256, long Bytes, InputStatus Status, string? Document, SourceLayout? Layout = null);
