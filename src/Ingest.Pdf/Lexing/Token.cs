namespace Ingest.Pdf.Lexing;

/// <summary>A token as a byte range of the lexed data; values are decoded on demand by <see cref="PdfLexer"/>.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;
}
