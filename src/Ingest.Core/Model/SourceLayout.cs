namespace Ingest.Core.Model;

/// <summary>Line starts of the file's bytes and of its decoded text, to show diagnostics as line and column.</summary>
public sealed record SourceLayout(LineIndex Bytes, LineIndex Chars)
{
    /// <summary>1-based line and column of a source span's start and end (end column exclusive, as SARIF wants).</summary>
    public (int Line, int Column, int EndLine, int EndColumn) Locate(Span span)
    {
        var index = span.Unit == SpanUnit.Byte ? Bytes : Chars;
        var (line, column) = index.Locate(span.Start);
        var (endLine, endColumn) = index.Locate(Math.Max(span.Start, span.End));
        return (line, column, endLine, endColumn);
    }
}
