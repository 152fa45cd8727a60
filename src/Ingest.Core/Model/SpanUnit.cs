namespace Ingest.Core.Model;

/// <summary>What the offsets of a <see cref="Span"/> count: bytes of the source file or UTF-16 chars of the decoded text.</summary>
public enum SpanUnit
{
    Char,
    Byte,
}
