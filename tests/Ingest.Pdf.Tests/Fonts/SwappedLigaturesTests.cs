using System.Text;
using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Tests.Fonts;

public sealed class SwappedLigaturesTests
{
    private static CMap Parse(string entries) => CMapParser.Parse(Encoding.ASCII.GetBytes(
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + entries));

    [Test]
    public void Mend_SwapsLittleEndianLigature_InALatinFont()
    {
        // As Ghostscript 10.0 writes them: the accented letters of a Polish text and "fi" as <66006900> ("昀椀").
        var cmap = Parse("4 beginbfrange <0001> <0001> <015B> <0002> <0002> <0142> <0003> <0003> <0105> <0008> <0008> <66006900> endbfrange");

        var mended = SwappedLigatures.Mend(cmap);

        Assert.Multiple(() =>
        {
            Assert.That(mended, Is.EqualTo(1));
            Assert.That(cmap.Unicode(0x0008, 2), Is.EqualTo("fi"));
            Assert.That(cmap.Unicode(0x0001, 2), Is.EqualTo("ś"));
        });
    }

    [Test]
    public void Mend_RestoresSharedHighByte_InAnArabicFont()
    {
        // lam + alef with hamza below written <06444425>: the second unit's high byte repeats the first one's low byte.
        var cmap = Parse("3 beginbfchar <0001> <0644> <0002> <0627> <000A> <06444425> endbfchar");

        Assert.That(SwappedLigatures.Mend(cmap), Is.EqualTo(1));
        Assert.That(cmap.Unicode(0x000A, 2), Is.EqualTo("\u0644\u0625"));
    }

    [TestCase("<00660069>", "fi")]            // a well-written ligature
    [TestCase("<00540308>", "T\u0308")]       // a letter and a combining mark: no reading of its bytes gives letters
    [TestCase("<4E2D6587>", "中文")]           // ideographs no reading turns into Latin letters
    public void Mend_LeavesOtherEntriesAsWritten(string destination, string expected)
    {
        var cmap = Parse($"2 beginbfchar <0001> <0041> <0002> {destination} endbfchar");

        Assert.Multiple(() =>
        {
            Assert.That(SwappedLigatures.Mend(cmap), Is.Zero);
            Assert.That(cmap.Unicode(0x0002, 2), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Mend_LeavesLigatures_OfAFontWhoseLettersAreIdeographs()
    {
        // In a Chinese font, U+6600 and U+6900 are letters of its own blocks: nothing says they were swapped.
        var cmap = Parse("3 beginbfchar <0001> <6600> <0002> <6900> <0003> <66006900> endbfchar");

        Assert.That(SwappedLigatures.Mend(cmap), Is.Zero);
        Assert.That(cmap.Unicode(0x0003, 2), Is.EqualTo("昀椀"));
    }
}
