using Ingest.Pdf.Lexing;

namespace Ingest.Pdf.Objects;

/// <summary>Parses direct objects from tokens (ISO 32000-1, 7.3); depth-limited, tolerant of junk.</summary>
internal sealed class ObjectParser(PdfLexer lexer, int maxDepth)
{
    public PdfLexer Lexer { get; } = lexer;

    public bool DepthExceeded { get; private set; }

    public PdfObject Parse(bool allowReferences = true) => Parse(Lexer.Next(), allowReferences, 0);

    public PdfObject Parse(Token token, bool allowReferences, int depth)
    {
        switch (token.Kind)
        {
            case TokenKind.Integer:
                return allowReferences ? ParseIntegerOrReference(token) : new PdfNumber(Lexer.NumberValue(token));
            case TokenKind.Real:
                return new PdfNumber(Lexer.NumberValue(token));
            case TokenKind.LiteralString or TokenKind.HexString:
                return new PdfString(Lexer.StringValue(token));
            case TokenKind.Name:
                return new PdfName(Lexer.NameValue(token));
            case TokenKind.ArrayStart:
                return ParseArray(allowReferences, depth + 1);
            case TokenKind.DictionaryStart:
                return ParseDictionary(allowReferences, depth + 1);
            case TokenKind.Keyword:
                var bytes = Lexer.Bytes(token);
                if (bytes.SequenceEqual("true"u8))
                {
                    return PdfBoolean.True;
                }
                return bytes.SequenceEqual("false"u8) ? PdfBoolean.False : PdfNull.Instance;
            default:
                return PdfNull.Instance;
        }
    }

    private PdfObject ParseIntegerOrReference(Token first)
    {
        var value = Lexer.NumberValue(first);
        var saved = Lexer.Position;
        var second = Lexer.Next();
        if (second.Kind == TokenKind.Integer)
        {
            var third = Lexer.Next();
            if (Lexer.IsKeyword(third, "R"u8) && value is > 0 and <= int.MaxValue)
            {
                return new PdfReference(new ObjectId((int)value, (int)Math.Clamp(Lexer.NumberValue(second), 0, 65535)));
            }
        }
        Lexer.Position = saved;
        return new PdfNumber(value);
    }

    private PdfObject ParseArray(bool allowReferences, int depth)
    {
        var items = new List<PdfObject>();
        var tooDeep = depth > maxDepth;
        while (true)
        {
            var token = Lexer.Next();
            if (token.Kind is TokenKind.ArrayEnd or TokenKind.Eof || IsObjectEnd(token))
            {
                break;
            }
            if (token.Kind == TokenKind.DictionaryEnd)
            {
                continue;
            }
            var item = tooDeep ? SkipNested(token) : Parse(token, allowReferences, depth);
            items.Add(item);
        }
        return new PdfArray(items);
    }

    private PdfObject ParseDictionary(bool allowReferences, int depth)
    {
        var entries = new Dictionary<string, PdfObject>();
        var tooDeep = depth > maxDepth;
        while (true)
        {
            var token = Lexer.Next();
            if (token.Kind is TokenKind.DictionaryEnd or TokenKind.Eof || IsObjectEnd(token))
            {
                break;
            }
            if (token.Kind != TokenKind.Name)
            {
                // A value without a key: skip it and resynchronise on the next name.
                continue;
            }
            var key = Lexer.NameValue(token);
            var valueToken = Lexer.Next();
            if (valueToken.Kind == TokenKind.DictionaryEnd)
            {
                break;
            }
            var value = tooDeep ? SkipNested(valueToken) : Parse(valueToken, allowReferences, depth);
            entries[key] = value;
        }
        return new PdfDictionary(entries);
    }

    private bool IsObjectEnd(Token token) => token.Kind == TokenKind.Keyword
        && (Lexer.IsKeyword(token, "endobj"u8) || Lexer.IsKeyword(token, "stream"u8) || Lexer.IsKeyword(token, "obj"u8));

    private PdfNull SkipNested(Token token)
    {
        DepthExceeded = true;
        var level = token.Kind is TokenKind.ArrayStart or TokenKind.DictionaryStart ? 1 : 0;
        while (level > 0)
        {
            var next = Lexer.Next();
            if (next.Kind == TokenKind.Eof)
            {
                break;
            }
            level += next.Kind switch
            {
                TokenKind.ArrayStart or TokenKind.DictionaryStart => 1,
                TokenKind.ArrayEnd or TokenKind.DictionaryEnd => -1,
                _ => 0,
            };
        }
        return PdfNull.Instance;
    }
}
