using System.Text;

namespace Ingest.Pdf.Lexing;

/// <summary>Splits PDF bytes into tokens (ISO 32000-1, 7.2); never reads past the data and never throws.</summary>
internal sealed partial class PdfLexer(ReadOnlyMemory<byte> data)
{
    public ReadOnlyMemory<byte> Data { get; } = data;

    public int Position { get; set; }

    public bool AtEnd => Position >= Data.Length;

    public Token Next()
    {
        var span = Data.Span;
        SkipWhitespaceAndComments(span);
        var start = Position;
        if (start >= span.Length)
        {
            return new Token(TokenKind.Eof, span.Length, 0);
        }
        var b = span[start];
        switch (b)
        {
            case (byte)'[':
                Position++;
                return new Token(TokenKind.ArrayStart, start, 1);
            case (byte)']':
                Position++;
                return new Token(TokenKind.ArrayEnd, start, 1);
            case (byte)'(':
                Position = FindLiteralStringEnd(span, start + 1);
                return new Token(TokenKind.LiteralString, start, Position - start);
            case (byte)'/':
                Position = SkipRegular(span, start + 1);
                return new Token(TokenKind.Name, start, Position - start);
            case (byte)'<':
                if (start + 1 < span.Length && span[start + 1] == '<')
                {
                    Position = start + 2;
                    return new Token(TokenKind.DictionaryStart, start, 2);
                }
                var close = span[start..].IndexOf((byte)'>');
                Position = close < 0 ? span.Length : start + close + 1;
                return new Token(TokenKind.HexString, start, Position - start);
            case (byte)'>':
                Position = start + (start + 1 < span.Length && span[start + 1] == '>' ? 2 : 1);
                return new Token(TokenKind.DictionaryEnd, start, Position - start);
            case (byte)')' or (byte)'{' or (byte)'}':
                Position++;
                return new Token(TokenKind.Keyword, start, 1);
        }
        Position = SkipRegular(span, start);
        return new Token(ClassifyRegular(span.Slice(start, Position - start)), start, Position - start);
    }

    public Token Peek()
    {
        var saved = Position;
        var token = Next();
        Position = saved;
        return token;
    }

    public void SkipWhitespaceAndComments() => SkipWhitespaceAndComments(Data.Span);

    public bool IsKeyword(Token token, ReadOnlySpan<byte> keyword) =>
        token.Kind == TokenKind.Keyword && Data.Span.Slice(token.Start, token.Length).SequenceEqual(keyword);

    public ReadOnlySpan<byte> Bytes(Token token) => Data.Span.Slice(token.Start, token.Length);

    public string KeywordText(Token token) => Encoding.ASCII.GetString(Bytes(token));

    private void SkipWhitespaceAndComments(ReadOnlySpan<byte> span)
    {
        var i = Position;
        while (i < span.Length)
        {
            var b = span[i];
            if (ByteClass.IsWhitespace(b))
            {
                i++;
            }
            else if (b == '%')
            {
                while (i < span.Length && span[i] != '\n' && span[i] != '\r')
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }
        Position = i;
    }

    private static int SkipRegular(ReadOnlySpan<byte> span, int i)
    {
        while (i < span.Length && ByteClass.IsRegular(span[i]))
        {
            i++;
        }
        return i;
    }

    private static int FindLiteralStringEnd(ReadOnlySpan<byte> span, int i)
    {
        var depth = 1;
        while (i < span.Length)
        {
            var b = span[i++];
            if (b == '\\')
            {
                i++;
            }
            else if (b == '(')
            {
                depth++;
            }
            else if (b == ')' && --depth == 0)
            {
                return i;
            }
        }
        return span.Length;
    }

    private static TokenKind ClassifyRegular(ReadOnlySpan<byte> text)
    {
        var digits = 0;
        var dots = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
            else if (b == '.')
            {
                dots++;
            }
            else if (b is not ((byte)'+' or (byte)'-'))
            {
                return TokenKind.Keyword;
            }
        }
        if (digits == 0)
        {
            return TokenKind.Keyword;
        }
        return dots == 0 ? TokenKind.Integer : TokenKind.Real;
    }
}
