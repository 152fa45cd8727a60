using Ingest.Pdf.Lexing;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Io;

/// <summary>Reads "N G obj ... endobj" at an offset, including stream data (ISO 32000-1, 7.3.8 and 7.3.10).</summary>
internal static class IndirectObjectReader
{
    /// <summary>Reads the object at <paramref name="offset"/>, or returns null when no "N G obj" header is there.</summary>
    public static (ObjectId Id, PdfObject Value)? Read(ReadOnlyMemory<byte> data, long offset, int maxDepth,
        Func<PdfObject?, long?> resolveLength)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return null;
        }
        var lexer = new PdfLexer(data) { Position = (int)offset };
        var number = lexer.Next();
        var generation = lexer.Next();
        var keyword = lexer.Next();
        if (number.Kind != TokenKind.Integer || generation.Kind != TokenKind.Integer || !lexer.IsKeyword(keyword, "obj"u8))
        {
            return null;
        }
        var id = new ObjectId((int)Math.Clamp(lexer.IntegerValue(number), 0, int.MaxValue),
            (int)Math.Clamp(lexer.IntegerValue(generation), 0, 65535));
        var parser = new ObjectParser(lexer, maxDepth);
        var value = parser.Parse();
        if (value is PdfDictionary dictionary)
        {
            var saved = lexer.Position;
            var next = lexer.Next();
            if (lexer.IsKeyword(next, "stream"u8))
            {
                return (id, ReadStream(data, next.End, dictionary, resolveLength));
            }
            lexer.Position = saved;
        }
        return (id, value);
    }

    private static PdfStream ReadStream(ReadOnlyMemory<byte> data, int afterKeyword, PdfDictionary dictionary,
        Func<PdfObject?, long?> resolveLength)
    {
        var span = data.Span;
        var start = afterKeyword;
        if (start < span.Length && span[start] == '\r')
        {
            start++;
        }
        if (start < span.Length && span[start] == '\n')
        {
            start++;
        }
        var declared = dictionary["Length"] is PdfNumber direct ? (long)direct.Value : resolveLength(dictionary["Length"]);
        if (declared is { } length && length >= 0 && start + length <= span.Length && EndsWithKeyword(span, (int)(start + length)))
        {
            return new PdfStream(dictionary, data.Slice(start, (int)length));
        }
        // The length is missing or wrong: the data runs to the next "endstream".
        var end = span[start..].IndexOf("endstream"u8);
        var stop = end < 0 ? span.Length : start + end;
        if (end >= 0 && stop > start && span[stop - 1] == '\n')
        {
            stop--;
        }
        if (end >= 0 && stop > start && span[stop - 1] == '\r')
        {
            stop--;
        }
        return new PdfStream(dictionary, data[start..stop]);
    }

    private static bool EndsWithKeyword(ReadOnlySpan<byte> span, int position)
    {
        while (position < span.Length && ByteClass.IsWhitespace(span[position]))
        {
            position++;
        }
        var rest = span[position..];
        return rest.StartsWith("endstream"u8) || rest.StartsWith("endobj"u8) || rest.IsEmpty;
    }
}
