namespace Ingest.Core.Model;

/// <summary>A heading a file declares about itself (a PDF bookmark or tagged heading): level (1 = top), title and page when known.</summary>
public sealed record OutlineEntry(int Level, string Title, int? Page);
