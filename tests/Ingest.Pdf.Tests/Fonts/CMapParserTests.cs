using System.Text;
using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Tests.Fonts;

public sealed class CMapParserTests
{
    private const string ToUnicode = """
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        2 beginbfchar <0003> <0020> <0010> <00660069> endbfchar
        2 beginbfrange <0020> <0022> <0041> <0030> <0031> [<03B1> <D835DC00>] endbfrange
        endcmap CMapName currentdict /CMap defineresource pop end end
        """;

    private static CMap Parse(string text) => CMapParser.Parse(Encoding.ASCII.GetBytes(text));

    private static IEnumerable<TestCaseData> Mappings() =>
    [
        new(0x0003u, " "),
        new(0x0010u, "fi"),
        new(0x0020u, "A"),
        new(0x0022u, "C"),
        new(0x0030u, "α"),
        new(0x0031u, "𝐀"),
    ];

    [TestCaseSource(nameof(Mappings))]
    public void Unicode_FollowsBfcharAndBfrange(uint code, string expected) =>
        Assert.That(Parse(ToUnicode).Unicode(code, 2), Is.EqualTo(expected));

    [Test]
    public void Unicode_IsNull_ForUnmappedCode() => Assert.That(Parse(ToUnicode).Unicode(0x0100, 2), Is.Null);

    [Test]
    public void ReadCode_UsesCodespaceLengths_ForMixedByteCodes()
    {
        var cmap = Parse("2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange");
        byte[] data = [0x41, 0x81, 0x40];

        var first = cmap.ReadCode(data, 0, 1, out var a);
        var second = cmap.ReadCode(data, 1, 1, out var b);

        Assert.That((first, a, second, b), Is.EqualTo((1, 0x41u, 2, 0x8140u)));
    }

    [Test]
    public void Cid_FollowsCidrangeAndCidchar()
    {
        var cmap = Parse("""
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            1 begincidrange <0100> <01FF> 500 endcidrange
            1 begincidchar <0005> 77 endcidchar
            /WMode 1 def
            """);

        Assert.That(cmap.Cid(0x0105, 2), Is.EqualTo(505));
        Assert.That(cmap.Cid(0x0005, 2), Is.EqualTo(77));
        Assert.That(cmap.IsVertical, Is.True);
    }
}
