namespace Ingest.Pdf.Lexing;

/// <summary>The kinds of PDF tokens (ISO 32000-1, 7.2 and 7.3).</summary>
internal enum TokenKind
{
    Eof,
    Integer,
    Real,
    LiteralString,
    HexString,
    Name,
    Keyword,
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,
}
