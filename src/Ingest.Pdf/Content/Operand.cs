using Ingest.Pdf.Lexing;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Content;

/// <summary>
/// A content-stream operand without allocation for the common cases: a number, a string (kept as its token and
/// decoded only when shown), or any other object in <see cref="Value"/>.
/// </summary>
internal readonly record struct Operand(double Number, Token? StringToken = null, PdfObject? Value = null)
{
    public static Operand Of(PdfObject value) => new(0, null, value);
}
