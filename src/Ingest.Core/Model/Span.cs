namespace Ingest.Core.Model;

/// <summary>Half-open range [Start, End) counted in <see cref="Unit"/>.</summary>
public readonly record struct Span(int Start, int End, SpanUnit Unit)
{
    public int Length => End - Start;

    public static Span Chars(int start, int end) => new(start, end, SpanUnit.Char);

    public static Span Bytes(int start, int end) => new(start, end, SpanUnit.Byte);
}
