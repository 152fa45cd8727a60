namespace Ingest.Core.Diagnostics;

/// <summary>A 1-based line and column range (end column exclusive), in UTF-16 code units of the decoded text or in bytes.</summary>
public sealed record SourceLocation(int Line, int Column, int EndLine, int EndColumn);
