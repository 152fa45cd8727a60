using Ingest.Pdf.Filters;
using Ingest.Pdf.Lexing;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Io;

/// <summary>
/// Follows startxref and the /Prev chain through xref tables and xref streams (ISO 32000-1, 7.5.4 to 7.5.8).
/// Returns null when the chain is unusable, so that the caller rebuilds by scanning.
/// </summary>
internal sealed class XrefReader(ReadOnlyMemory<byte> data, PdfReadOptions options)
{
    public XrefTable? Read()
    {
        var start = FindStartXref();
        if (start is null)
        {
            return null;
        }
        var table = new XrefTable();
        var visited = new HashSet<long>();
        var pending = new Queue<long>();
        pending.Enqueue(start.Value);
        while (pending.Count > 0)
        {
            var offset = pending.Dequeue();
            if (!visited.Add(offset) || visited.Count > 1000)
            {
                continue;
            }
            var trailer = ReadSection(offset, table);
            if (trailer is null)
            {
                return null;
            }
            table.Revisions++;
            if (trailer["XRefStm"] is PdfNumber hybrid)
            {
                ReadSection((long)hybrid.Value, table);
            }
            table.MergeTrailer(trailer);
            if (trailer["Prev"] is PdfNumber previous)
            {
                pending.Enqueue((long)previous.Value);
            }
        }
        return table.Trailer.Contains("Root") ? table : null;
    }

    private long? FindStartXref()
    {
        var span = data.Span;
        var tail = Math.Max(0, span.Length - 4096);
        var at = span[tail..].LastIndexOf("startxref"u8);
        if (at < 0)
        {
            return null;
        }
        var lexer = new PdfLexer(data) { Position = tail + at + 9 };
        var token = lexer.Next();
        return token.Kind == TokenKind.Integer ? lexer.IntegerValue(token) : null;
    }

    private PdfDictionary? ReadSection(long offset, XrefTable table)
    {
        if (offset <= 0 || offset >= data.Length)
        {
            return null;
        }
        var lexer = new PdfLexer(data) { Position = (int)offset };
        var first = lexer.Next();
        return lexer.IsKeyword(first, "xref"u8) ? ReadTable(lexer, table) : ReadStream(offset, table);
    }

    private PdfDictionary? ReadTable(PdfLexer lexer, XrefTable table)
    {
        while (true)
        {
            var token = lexer.Next();
            if (lexer.IsKeyword(token, "trailer"u8))
            {
                return new ObjectParser(lexer, options.MaxNestingDepth).Parse() as PdfDictionary;
            }
            var countToken = lexer.Next();
            if (token.Kind != TokenKind.Integer || countToken.Kind != TokenKind.Integer)
            {
                return null;
            }
            var firstNumber = lexer.IntegerValue(token);
            var count = lexer.IntegerValue(countToken);
            if (firstNumber < 0 || count < 0 || firstNumber + count > options.MaxObjects)
            {
                return null;
            }
            for (var i = 0; i < count; i++)
            {
                var offsetToken = lexer.Next();
                var generationToken = lexer.Next();
                var kind = lexer.Next();
                if (offsetToken.Kind != TokenKind.Integer || generationToken.Kind != TokenKind.Integer)
                {
                    return null;
                }
                var number = (int)(firstNumber + i);
                table.AddIfAbsent(number, lexer.IsKeyword(kind, "n"u8)
                    ? XrefEntry.InFile(lexer.IntegerValue(offsetToken), (int)lexer.IntegerValue(generationToken))
                    : XrefEntry.Free);
            }
        }
    }

    private PdfDictionary? ReadStream(long offset, XrefTable table)
    {
        var read = IndirectObjectReader.Read(data, offset, options.MaxNestingDepth, _ => null);
        if (read?.Value is not PdfStream stream || stream.Dictionary.NameOf("Type") != "XRef")
        {
            return null;
        }
        var dictionary = stream.Dictionary;
        var decoded = FilterChain.Decode(dictionary, stream.Raw, options.MaxDecodedStreamBytes, o => o ?? PdfNull.Instance,
            (_, _) => { });
        if (decoded is null || dictionary["W"] is not PdfArray widthArray || widthArray.Count < 3)
        {
            return null;
        }
        var widths = widthArray.Items.Select(w => w is PdfNumber n ? Math.Clamp(n.IntValue, 0, 8) : 0).ToArray();
        var size = dictionary["Size"] is PdfNumber s ? s.IntValue : 0;
        var index = dictionary["Index"] is PdfArray ia
            ? ia.Items.Select(i => i is PdfNumber n ? n.IntValue : 0).ToArray()
            : [0, size];
        var rowLength = widths[0] + widths[1] + widths[2];
        if (rowLength == 0)
        {
            return null;
        }
        var position = 0;
        for (var pair = 0; pair + 1 < index.Length; pair += 2)
        {
            for (var k = 0; k < index[pair + 1] && position + rowLength <= decoded.Length; k++, position += rowLength)
            {
                var number = index[pair] + k;
                if (number < 0 || number >= options.MaxObjects)
                {
                    return null;
                }
                var type = widths[0] == 0 ? 1 : Field(decoded, position, widths[0]);
                var second = Field(decoded, position + widths[0], widths[1]);
                var third = Field(decoded, position + widths[0] + widths[1], widths[2]);
                table.AddIfAbsent(number, type switch
                {
                    1 => XrefEntry.InFile(second, (int)third),
                    2 => XrefEntry.InStream((int)second, (int)third),
                    _ => XrefEntry.Free,
                });
            }
        }
        return dictionary;
    }

    private static long Field(byte[] data, int start, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[start + i];
        }
        return value;
    }
}
