using System.Text;
using Ingest.Pdf.Lexing;

namespace Ingest.Pdf.Fonts;

/// <summary>Parses CMap programs (ISO 32000-1, 9.7.5 and 9.10.3; Adobe Technical Note 5014) into a <see cref="CMap"/>.</summary>
internal static class CMapParser
{
    private const int MaxEntries = 200_000;

    public static CMap Parse(ReadOnlyMemory<byte> data)
    {
        var cmap = new CMap();
        var lexer = new PdfLexer(data);
        var operands = new List<Token>();
        var entries = 0;
        while (entries < MaxEntries)
        {
            var token = lexer.Next();
            if (token.Kind == TokenKind.Eof)
            {
                break;
            }
            if (token.Kind != TokenKind.Keyword)
            {
                operands.Add(token);
                if (operands.Count > 8)
                {
                    operands.RemoveAt(0);
                }
                continue;
            }
            var keyword = lexer.Bytes(token);
            if (keyword.SequenceEqual("begincodespacerange"u8))
            {
                entries += ReadBlock(lexer, "endcodespacerange"u8, 2, t => AddCodespace(lexer, cmap, t));
            }
            else if (keyword.SequenceEqual("beginbfchar"u8))
            {
                entries += ReadBlock(lexer, "endbfchar"u8, 2, t => AddBfChar(lexer, cmap, t));
            }
            else if (keyword.SequenceEqual("beginbfrange"u8))
            {
                entries += ReadBlock(lexer, "endbfrange"u8, 3, t => AddBfRange(lexer, cmap, t));
            }
            else if (keyword.SequenceEqual("begincidchar"u8))
            {
                entries += ReadBlock(lexer, "endcidchar"u8, 2, t => AddCidChar(lexer, cmap, t));
            }
            else if (keyword.SequenceEqual("begincidrange"u8))
            {
                entries += ReadBlock(lexer, "endcidrange"u8, 3, t => AddCidRange(lexer, cmap, t));
            }
            else if (keyword.SequenceEqual("usecmap"u8) && operands.Count > 0 && operands[^1].Kind == TokenKind.Name)
            {
                cmap.UseCMap = lexer.NameValue(operands[^1]);
            }
            else if (keyword.SequenceEqual("def"u8) && operands.Count >= 2 && operands[^2].Kind == TokenKind.Name
                && lexer.NameValue(operands[^2]) == "WMode" && operands[^1].Kind == TokenKind.Integer)
            {
                cmap.IsVertical = lexer.IntegerValue(operands[^1]) == 1;
            }
            operands.Clear();
        }
        return cmap;
    }

    /// <summary>Collects operand groups of <paramref name="arity"/> tokens (arrays as one group) until the end keyword.</summary>
    private static int ReadBlock(PdfLexer lexer, ReadOnlySpan<byte> end, int arity, Action<List<Token>> add)
    {
        var group = new List<Token>(arity);
        var count = 0;
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == TokenKind.Eof || (token.Kind == TokenKind.Keyword && lexer.Bytes(token).SequenceEqual(end)))
            {
                return count;
            }
            if (token.Kind == TokenKind.ArrayStart)
            {
                // The array form of bfrange: record the start token; the reader re-lexes the items.
                group.Add(token);
                while (lexer.Next() is { Kind: not (TokenKind.ArrayEnd or TokenKind.Eof) })
                {
                }
            }
            else
            {
                group.Add(token);
            }
            if (group.Count == arity)
            {
                add(group);
                group.Clear();
                count++;
            }
        }
    }

    private static (uint Code, int Bytes) Code(PdfLexer lexer, Token token)
    {
        var bytes = lexer.StringValue(token);
        uint code = 0;
        foreach (var b in bytes.AsSpan(0, Math.Min(4, bytes.Length)))
        {
            code = (code << 8) | b;
        }
        return (code, Math.Max(1, Math.Min(4, bytes.Length)));
    }

    private static void AddCodespace(PdfLexer lexer, CMap cmap, List<Token> t)
    {
        var (low, bytes) = Code(lexer, t[0]);
        var (high, _) = Code(lexer, t[1]);
        cmap.Codespaces.Add(new CodespaceRange(low, high, bytes));
    }

    private static void AddBfChar(PdfLexer lexer, CMap cmap, List<Token> t)
    {
        var (code, bytes) = Code(lexer, t[0]);
        var text = Destination(lexer, t[1]);
        if (text is not null)
        {
            cmap.UnicodeSingles[CMap.Key(code, bytes)] = text;
        }
    }

    private static void AddBfRange(PdfLexer lexer, CMap cmap, List<Token> t)
    {
        var (low, bytes) = Code(lexer, t[0]);
        var (high, _) = Code(lexer, t[1]);
        if (high < low)
        {
            return;
        }
        if (t[2].Kind == TokenKind.ArrayStart)
        {
            var saved = lexer.Position;
            lexer.Position = t[2].End;
            var texts = new List<string>();
            while (lexer.Next() is { Kind: not (TokenKind.ArrayEnd or TokenKind.Eof) } item)
            {
                texts.Add(Destination(lexer, item) ?? "");
            }
            lexer.Position = saved;
            cmap.UnicodeRanges.Add(new CodeRange(low, high, bytes, 0, null, texts));
            return;
        }
        var start = Destination(lexer, t[2]);
        if (start is not null)
        {
            cmap.UnicodeRanges.Add(new CodeRange(low, high, bytes, 0, start, null));
        }
    }

    private static void AddCidChar(PdfLexer lexer, CMap cmap, List<Token> t)
    {
        var (code, bytes) = Code(lexer, t[0]);
        if (t[1].Kind == TokenKind.Integer)
        {
            cmap.CidSingles[CMap.Key(code, bytes)] = (int)lexer.IntegerValue(t[1]);
        }
    }

    private static void AddCidRange(PdfLexer lexer, CMap cmap, List<Token> t)
    {
        var (low, bytes) = Code(lexer, t[0]);
        var (high, _) = Code(lexer, t[1]);
        if (t[2].Kind == TokenKind.Integer && high >= low)
        {
            cmap.CidRanges.Add(new CodeRange(low, high, bytes, (int)lexer.IntegerValue(t[2]), null, null));
        }
    }

    private static string? Destination(PdfLexer lexer, Token token)
    {
        if (token.Kind == TokenKind.Name)
        {
            return GlyphNames.ToUnicode(lexer.NameValue(token));
        }
        if (token.Kind is not (TokenKind.HexString or TokenKind.LiteralString))
        {
            return null;
        }
        var bytes = lexer.StringValue(token);
        if (bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }
        return Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
    }
}
