using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class PairMarkersTests
{
    [TestCase("Fail tidak dijumpai kerana tetapan tiada dalam senarai.", "ms")]
    [TestCase("Tidak dapat nyahpasang pakej; sila cuba lagi.", "ms")]
    [TestCase("Berkas tidak ditemukan karena pengaturan tidak ada dalam daftar.", "id")]
    [TestCase("Silakan unduh versi terbaru untuk dukungan penuh.", "id")]
    public void Decide_ReadsTheStandardsWords(string text, string expected) =>
        Assert.That(PairMarkers.MalayIndonesian.Decide(text), Is.EqualTo(expected));

    [TestCase("Tidak dapat membuka direktori.")]              // words the two share
    [TestCase("Fail tidak ditemukan.")]                       // one of each
    [TestCase("Fail dan berkas tidak ada karena tiada.")]     // two of each
    public void Decide_LeavesUnclearTextToTheNgrams(string text) =>
        Assert.That(PairMarkers.MalayIndonesian.Decide(text), Is.Null);

    [TestCase("Sicela ukhethe ifayela futhi uchofoze u-OK manje.", "zu")]
    [TestCase("Ngiyaxolisa, ifayela alitholakali.", "zu")]
    [TestCase("Nceda ukhethe ifayile kwaye ucofe u-OK ngoku.", "xh")]
    [TestCase("Ndiyaxolisa, iifayile azifumaneki.", "xh")]
    public void Decide_ReadsZuluAndXhosaWords(string text, string expected) =>
        Assert.That(PairMarkers.ZuluXhosa.Decide(text), Is.EqualTo(expected));

    [TestCase("Tú hevur ikki broytt loyniorðið.", "fo")]
    [TestCase("Ljómfløga og tráðleys mús.", "fo")]              // one Faroese word, no Icelandic one
    [TestCase("Ljómfløga og þráðlaus mús.", null)]              // one of each
    [TestCase("Þú hefur ekki breytt lykilorðinu.", "is")]
    public void Decide_ReadsFaroeseAndIcelandicWordsAndLetters(string text, string? expected) =>
        Assert.That(PairMarkers.FaroeseIcelandic.Decide(text), Is.EqualTo(expected));
}
