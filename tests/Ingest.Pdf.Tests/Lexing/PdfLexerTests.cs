using System.Text;
using Ingest.Pdf.Lexing;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Tests.Lexing;

public sealed class PdfLexerTests
{
    private static PdfObject Parse(string text) =>
        new ObjectParser(new PdfLexer(Encoding.Latin1.GetBytes(text)), 64).Parse();

    private static IEnumerable<TestCaseData> Numbers() =>
    [
        new("42", 42.0),
        new("-17", -17.0),
        new("+3.5", 3.5),
        new(".25", 0.25),
        new("-.002", -0.002),
        new("4.", 4.0),
        new("--5", -5.0),
    ];

    [TestCaseSource(nameof(Numbers))]
    public void Parse_ReadsNumbers_IncludingMalformedSigns(string text, double expected) =>
        Assert.That(((PdfNumber)Parse(text)).Value, Is.EqualTo(expected).Within(1e-9));

    [Test]
    public void Parse_DecodesNameEscapes() =>
        Assert.That(((PdfName)Parse("/A#20B#23")).Value, Is.EqualTo("A B#"));

    private static IEnumerable<TestCaseData> Strings() =>
    [
        new("(plain)", "plain"),
        new("(a (nested) b)", "a (nested) b"),
        new(@"(esc\n\t\(\)\\)", "esc\n\t()\\"),
        new(@"(\101\102C)", "ABC"),
        new("(line\\\ncontinued)", "linecontinued"),
        new("<48 65 6C6C 6F>", "Hello"),
        new("<414>", "A@"),
    ];

    [TestCaseSource(nameof(Strings))]
    public void Parse_DecodesStrings(string text, string expected) =>
        Assert.That(Encoding.Latin1.GetString(((PdfString)Parse(text)).Bytes), Is.EqualTo(expected));

    [Test]
    public void Parse_ReadsReferencesInsideDictionaries()
    {
        var dictionary = (PdfDictionary)Parse("<< /Pages 2 0 R /Count 3 /Kids [4 0 R 5 0 R] % comment\n /Flag true >>");

        Assert.That(((PdfReference)dictionary["Pages"]!).Id, Is.EqualTo(new ObjectId(2, 0)));
        Assert.That(((PdfNumber)dictionary["Count"]!).Value, Is.EqualTo(3));
        Assert.That(((PdfArray)dictionary["Kids"]!).Items, Has.All.TypeOf<PdfReference>());
        Assert.That(dictionary["Flag"], Is.SameAs(PdfBoolean.True));
    }

    [Test]
    public void Parse_StopsAtDepthLimit_WithoutRecursingFurther()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var parser = new ObjectParser(new PdfLexer(Encoding.ASCII.GetBytes(deep)), 64);

        var value = parser.Parse();

        Assert.That(value, Is.TypeOf<PdfArray>());
        Assert.That(parser.DepthExceeded, Is.True);
    }

    [Test]
    public void Next_ReturnsEof_ForTruncatedString()
    {
        var lexer = new PdfLexer(Encoding.ASCII.GetBytes("(never closed"));

        var token = lexer.Next();

        Assert.That(token.Kind, Is.EqualTo(TokenKind.LiteralString));
        Assert.That(lexer.Next().Kind, Is.EqualTo(TokenKind.Eof));
    }
}
