using Ingest.Pdf.Lexing;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Io;

/// <summary>Rebuilds cross-reference data by scanning the whole file for "N G obj" (later copies win).</summary>
internal sealed class XrefRebuilder(ReadOnlyMemory<byte> data, PdfReadOptions options)
{
    public XrefTable Rebuild()
    {
        var table = new XrefTable();
        var found = new Dictionary<int, XrefEntry>();
        var span = data.Span;
        var searchFrom = 0;
        while (searchFrom < span.Length)
        {
            var hit = span[searchFrom..].IndexOf("obj"u8);
            if (hit < 0)
            {
                break;
            }
            var at = searchFrom + hit;
            searchFrom = at + 3;
            if (at + 3 < span.Length && ByteClass.IsRegular(span[at + 3]))
            {
                continue;
            }
            var header = FindHeaderStart(span, at);
            if (header is { } h && found.Count < options.MaxObjects)
            {
                found[h.Number] = XrefEntry.InFile(h.Offset, h.Generation);
            }
        }
        foreach (var (number, entry) in found)
        {
            table.AddIfAbsent(number, entry);
        }
        table.MergeTrailer(FindTrailer(span));
        return table;
    }

    private static (int Number, int Generation, int Offset)? FindHeaderStart(ReadOnlySpan<byte> span, int objAt)
    {
        var i = objAt - 1;
        if (i < 0 || !ByteClass.IsWhitespace(span[i]))
        {
            return null;
        }
        while (i >= 0 && ByteClass.IsWhitespace(span[i]))
        {
            i--;
        }
        var generationEnd = i + 1;
        while (i >= 0 && span[i] is >= (byte)'0' and <= (byte)'9')
        {
            i--;
        }
        var generationStart = i + 1;
        if (generationStart == generationEnd || i < 0 || !ByteClass.IsWhitespace(span[i]))
        {
            return null;
        }
        while (i >= 0 && ByteClass.IsWhitespace(span[i]))
        {
            i--;
        }
        var numberEnd = i + 1;
        while (i >= 0 && span[i] is >= (byte)'0' and <= (byte)'9')
        {
            i--;
        }
        var numberStart = i + 1;
        if (numberStart == numberEnd || numberEnd - numberStart > 9 || generationEnd - generationStart > 5
            || (i >= 0 && ByteClass.IsRegular(span[i])))
        {
            return null;
        }
        var number = (int)PdfLexer.ParseNumber(span[numberStart..numberEnd]);
        var generation = (int)PdfLexer.ParseNumber(span[generationStart..generationEnd]);
        return (number, generation, numberStart);
    }

    private PdfDictionary FindTrailer(ReadOnlySpan<byte> span)
    {
        // The last trailer dictionary with a /Root wins; xref stream dictionaries count as trailers too.
        var end = span.Length;
        while (end > 0)
        {
            var at = span[..end].LastIndexOf("trailer"u8);
            if (at < 0)
            {
                break;
            }
            var lexer = new PdfLexer(data) { Position = at + 7 };
            if (new ObjectParser(lexer, options.MaxNestingDepth).Parse() is PdfDictionary trailer && trailer.Contains("Root"))
            {
                return trailer;
            }
            end = at;
        }
        return PdfDictionary.Empty;
    }
}
