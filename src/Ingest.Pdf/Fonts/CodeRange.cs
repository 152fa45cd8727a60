namespace Ingest.Pdf.Fonts;

/// <summary>A range of codes mapped to consecutive values: a CID (cidrange) or Unicode text (bfrange).</summary>
internal readonly record struct CodeRange(uint Low, uint High, int Bytes, int Cid, string? Text, IReadOnlyList<string>? Texts);
