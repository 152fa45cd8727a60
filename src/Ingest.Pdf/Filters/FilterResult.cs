namespace Ingest.Pdf.Filters;

/// <summary>Decoded bytes and whether the input was damaged (what could be decoded is kept).</summary>
internal readonly record struct FilterResult(byte[] Data, bool Damaged);
