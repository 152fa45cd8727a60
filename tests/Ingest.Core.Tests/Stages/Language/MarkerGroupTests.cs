using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class MarkerGroupTests
{
    private static readonly double[] EqualScores = [0, 0, 0];

    [TestCase("Fail tidak dijumpai kerana tetapan tiada dalam senarai.", "ms")]
    [TestCase("Tidak dapat nyahpasang pakej; sila cuba lagi.", "ms")]
    [TestCase("Berkas tidak ditemukan karena pengaturan tidak ada dalam daftar.", "id")]
    [TestCase("Silakan unduh versi terbaru untuk dukungan penuh.", "id")]
    public void Decide_ReadsTheStandardsWords(string text, string expected) =>
        Assert.That(MarkerGroup.MalayIndonesian.Decide(text, EqualScores), Is.EqualTo(expected));

    [TestCase("Tidak dapat membuka direktori.")]              // words the two share
    [TestCase("Fail tidak ditemukan.")]                       // one of each
    [TestCase("Fail dan berkas tidak ada karena tiada.")]     // two of each
    public void Decide_LeavesUnclearTextToTheNgrams(string text) =>
        Assert.That(MarkerGroup.MalayIndonesian.Decide(text, EqualScores), Is.Null);

    [TestCase("Sicela ukhethe ifayela futhi uchofoze u-OK manje.", "zu")]
    [TestCase("Ngiyaxolisa, ifayela alitholakali.", "zu")]
    [TestCase("Nceda ukhethe ifayile kwaye ucofe u-OK ngoku.", "xh")]
    [TestCase("Ndiyaxolisa, iifayile azifumaneki.", "xh")]
    public void Decide_ReadsZuluAndXhosaWords(string text, string expected) =>
        Assert.That(MarkerGroup.ZuluXhosa.Decide(text, EqualScores), Is.EqualTo(expected));

    [TestCase("Tú hevur ikki broytt loyniorðið.", "fo")]
    [TestCase("Ljómfløga og tráðleys mús.", "fo")]              // one Faroese word, no Icelandic one
    [TestCase("Ljómfløga og þráðlaus mús.", null)]              // one of each
    [TestCase("Þú hefur ekki breytt lykilorðinu.", "is")]
    public void Decide_ReadsFaroeseAndIcelandicWordsAndLetters(string text, string? expected) =>
        Assert.That(MarkerGroup.FaroeseIcelandic.Decide(text, EqualScores), Is.EqualTo(expected));

    [Test]
    public void Decide_LetsTheNgramsChoose_WhenTheWordsRuleNoMemberOut()
    {
        // Both sides marked alike: no member is ruled out, so the words decide nothing whatever the scores.
        Assert.That(MarkerGroup.MalayIndonesian.Decide("Fail berkas.", [0, -5]), Is.Null);
        Assert.That(MarkerGroup.MalayIndonesian.Decide("Fail berkas tiada.", [-5, 0]), Is.EqualTo("ms"));
    }
}
