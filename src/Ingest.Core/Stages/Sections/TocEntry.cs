namespace Ingest.Core.Stages.Sections;

/// <summary>One line of a table of contents and the body heading it points to (block indices), if any.</summary>
public sealed record TocEntry(int BlockIndex, string? Number, string Title, int? HeadingIndex);
