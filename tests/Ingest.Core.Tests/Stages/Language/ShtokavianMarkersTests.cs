using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class ShtokavianMarkersTests
{
    // The n-grams' scores when they prefer Croatian, then Bosnian, then Serbian.
    // (Croatian, Bosnian, Serbian), the order of ShtokavianMarkers.Members.
    private static readonly double[] PreferCroatian = [-10, -11, -12];
    private static readonly double[] PreferSerbian = [-12, -11, -10];

    [TestCase("Uvijek je bilo vrijeme za to, rekao je tko zna koliko tisuća puta.", "hr")]
    [TestCase("Uvek je bilo vreme za to, i to na svakom mestu.", "sr")]
    [TestCase("Uvijek je bilo vrijeme za to, ko zna šta i koliko hiljada puta.", "bs")]
    public void Decide_ReadsTheReflexAndTheStandardsWords(string text, string expected) =>
        Assert.That(ShtokavianMarkers.Instance.Decide(text, PreferCroatian), Is.EqualTo(expected));

    [TestCase("Datoteka nije pronađena.")]                        // no marker at all
    [TestCase("Uvijek je bilo vreme za to.")]                     // one of each reflex: nothing clear
    public void Decide_LeavesUnclearTextToTheNgrams(string text) =>
        Assert.That(ShtokavianMarkers.Instance.Decide(text, PreferCroatian), Is.Null);

    [Test]
    public void Decide_GivesAnIjekavianTextWithoutLexicalMarkers_TheBetterOfCroatianAndBosnian()
    {
        Assert.That(ShtokavianMarkers.Instance.Decide("Uvijek je bilo vrijeme za to.", [-11, -10, -9]), Is.EqualTo("bs"));
        Assert.That(ShtokavianMarkers.Instance.Decide("Uvijek je bilo vrijeme za to.", PreferSerbian), Is.EqualTo("bs"));
        Assert.That(ShtokavianMarkers.Instance.Decide("Uvijek je bilo vrijeme za to.", PreferCroatian), Is.EqualTo("hr"));
    }

    [TestCase("Da li želite nastaviti? Ne mogu da otvorim datoteku.")]           // "da li", modal verb + "da"
    [TestCase("Paket je definisan, ali nije konfigurisan niti lokalizovan.")]  // loan verbs in -isati / -ovati
    [TestCase("Greška u konfiguracionoj datoteci i instalacionom direktoriju.")] // "-cioni" adjectives
    public void Decide_RulesCroatianOutOnSerbianAndBosnianForms(string text) =>
        Assert.That(ShtokavianMarkers.Instance.Decide(text, PreferCroatian), Is.EqualTo("bs"));

    [TestCase("Paket je definiran, ali nije konfiguriran niti lokaliziran.")]
    [TestCase("Greška u konfiguracijskoj datoteci tijekom instalacije.")]
    public void Decide_RulesSerbianAndBosnianOutOnCroatianForms(string text) =>
        Assert.That(ShtokavianMarkers.Instance.Decide(text, PreferSerbian), Is.EqualTo("hr"));

    [Test]
    public void Decide_CountsNativeVerbsInIsatiAsNothing() =>
        Assert.That(ShtokavianMarkers.Instance.Decide("Ispisati, opisati i izbrisati zapis.", PreferCroatian), Is.Null);

    [Test]
    public void Decide_ReadsCyrillicTextInTransliteration()
    {
        // Ekavian Cyrillic is Serbian; ijekavian Cyrillic does not rule Serbian out (Republika Srpska writes it).
        Assert.That(ShtokavianMarkers.Instance.Decide("Свако има право на живот, у свако време и на сваком месту.", [double.NegativeInfinity, -10, -11], cyrillic: true), Is.EqualTo("sr"));
        Assert.That(ShtokavianMarkers.Instance.Decide("Свако има право на живот, у свако вријеме и на сваком мјесту.", [double.NegativeInfinity, -11, -10], cyrillic: true), Is.Null);
    }
}
