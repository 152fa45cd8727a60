using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Tests.Fonts;

public sealed class GlyphNamesTests
{
    private static IEnumerable<TestCaseData> Names() =>
    [
        new("A", "A"),
        new("germandbls", "ß"),
        new("afii10017", "А"),
        new("uni0416", "Ж"),
        new("uni00660069", "fi"),
        new("u1F600", "😀"),
        new("a.sc", "a"),
        new("f_f_i", "ffi"),
        new("Euro", "€"),
    ];

    [TestCaseSource(nameof(Names))]
    public void ToUnicode_ResolvesAglAndConventionNames(string name, string expected) =>
        Assert.That(GlyphNames.ToUnicode(name), Is.EqualTo(expected));

    [TestCase("g123")]
    [TestCase("cid00042")]
    [TestCase("uniD800")]
    public void ToUnicode_IsNull_ForNamesWithoutMeaning(string name) => Assert.That(GlyphNames.ToUnicode(name), Is.Null);

    [Test]
    public void DingbatNames_MeanDingbats_OnlyForThatFont()
    {
        Assert.That(GlyphNames.DingbatToUnicode("a20"), Is.EqualTo("✔"));
        Assert.That(GlyphNames.ToUnicode("a20"), Is.Null);
    }

    [Test]
    public void StandardMetrics_GiveHelveticaWidths_ForAliases()
    {
        Assert.That(StandardFontMetrics.Find("Helvetica")!["A"], Is.EqualTo(667));
        Assert.That(StandardFontMetrics.Canonical("Arial,BoldItalic"), Is.EqualTo("Helvetica-BoldOblique"));
        Assert.That(StandardFontMetrics.Canonical("TimesNewRoman"), Is.EqualTo("Times-Roman"));
    }

    [Test]
    public void BaseEncodings_MapWinAnsiSpecials() =>
        Assert.That(BaseEncodings.WinAnsi[0x80], Is.EqualTo("Euro"));
}
