using Ingest.Pdf.Lexing;

namespace Ingest.Pdf.Content;

/// <summary>Skips an inline image (BI ... ID data EI, ISO 32000-1, 8.9.7) without decoding it.</summary>
internal static class InlineImageSkipper
{
    public static void Skip(PdfLexer lexer)
    {
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == TokenKind.Eof)
            {
                return;
            }
            if (lexer.IsKeyword(token, "ID"u8))
            {
                break;
            }
        }
        var span = lexer.Data.Span;
        var i = lexer.Position + 1;
        while (i + 2 <= span.Length)
        {
            var at = span[i..].IndexOf("EI"u8);
            if (at < 0)
            {
                break;
            }
            i += at;
            var before = ByteClass.IsWhitespace(span[i - 1]);
            var after = i + 2 >= span.Length || ByteClass.IsWhitespace(span[i + 2]);
            if (before && after)
            {
                lexer.Position = i + 2;
                return;
            }
            i += 2;
        }
        lexer.Position = span.Length;
    }
}
