using Ingest.Core.Model;
using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class SectionLanguageTests
{
    private static readonly LanguageResult German = new("de", 0.99);

    private const string EnglishPassage =
        "The committee has reviewed every comment received during the consultation period and, after careful " +
        "deliberation with the regional water authorities, it recommends that monitoring be extended to all rivers " +
        "and lakes used for drinking water.";

    private const string GermanPassage =
        "Der Ausschuss hat alle Stellungnahmen aus der Konsultation geprüft und empfiehlt nach sorgfältiger Beratung " +
        "mit den regionalen Wasserbehörden, die Überwachung auf alle Flüsse und Seen auszudehnen, die der " +
        "Trinkwasserversorgung dienen.";

    [Test]
    public void Decide_Inherits_WhenTextIsShort()
    {
        Assert.That(SectionLanguage.Decide("Summary of the findings", German), Is.EqualTo(German));
    }

    [Test]
    public void Decide_Inherits_WhenTextIsInTheDocumentLanguage()
    {
        Assert.That(SectionLanguage.Decide(GermanPassage, German), Is.EqualTo(German));
    }

    [Test]
    public void Decide_TakesOwnLanguage_WhenLongAndConfidentlyDifferent()
    {
        Assert.That(SectionLanguage.Decide(EnglishPassage, German).Tag, Is.EqualTo("en"));
    }

    [Test]
    public void Decide_Inherits_WhenOwnLanguageIsNotConfidentEnough()
    {
        var identifier = new LanguageIdentifier(LanguageModel.Default, new LanguageOptions { SectionMinConfidence = 1.0 });
        Assert.That(SectionLanguage.Decide(EnglishPassage, German, identifier), Is.EqualTo(German));
    }

    [Test]
    public void Decide_SaysUnd_WhenDocumentIsUndAndTextTooShort()
    {
        Assert.That(SectionLanguage.Decide("3.2", LanguageResult.Undetermined).Tag, Is.EqualTo("und"));
    }

    [Test]
    public void Decide_UsesOwnText_WhenDocumentIsUnd()
    {
        Assert.That(SectionLanguage.Decide(GermanPassage, LanguageResult.Undetermined).Tag, Is.EqualTo("de"));
    }

    [Test]
    public void Decide_Inherits_WhenTheLettersLeftAfterAddressesAreTooFew()
    {
        // Over 200 letters, nearly all of them in web addresses, which the identifier leaves out: the few French
        // words between them are not enough for the section of an English document to be French.
        var links = "Voir aussi la documentation https://documentation.example.org/reference/configuration/advanced " +
            "et la page https://wiki.example.org/installation/troubleshooting/frequently-asked-questions ainsi que " +
            "https://forum.example.org/discussions/announcements/release-notes-and-changes/latest";
        Assert.That(SectionLanguage.HasLetters(links, 200), Is.True);
        Assert.That(SectionLanguage.Decide(links, new LanguageResult("en", 0.99)).Tag, Is.EqualTo("en"));
    }
}
