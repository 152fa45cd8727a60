using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Language;

/// <summary>The sections stage asks <see cref="Ingest.Core.Stages.Language.SectionLanguage"/> for each section's language.</summary>
public sealed class SectionLanguageWiringTests
{
    private const string Report = """
        # Bericht über die Wasserqualität

        Der Ausschuss hat alle Stellungnahmen aus der Konsultation geprüft und empfiehlt nach sorgfältiger Beratung mit den regionalen Wasserbehörden, die Überwachung auf alle Flüsse und Seen auszudehnen, die der Trinkwasserversorgung dienen. Die Ergebnisse werden im nächsten Frühjahr veröffentlicht und allen Gemeinden zugänglich gemacht.

        ## Zusammenfassung

        Die Messungen zeigen, dass die Belastung mit Nitrat in den meisten Gewässern zurückgegangen ist, während sie in einigen landwirtschaftlich genutzten Gebieten weiterhin über den Grenzwerten liegt. Der Ausschuss schlägt deshalb zusätzliche Maßnahmen vor.

        ## Summary in English

        The committee has reviewed every comment received during the consultation period and, after careful deliberation with the regional water authorities, it recommends that monitoring be extended to all rivers and lakes that are used for drinking water.
        """;

    [Test]
    public void Process_TagsQuotedEnglishSection_InGermanReport()
    {
        var document = TestDocuments.Process(Report, "in/report.md");
        Assert.That(document.Language.Tag, Is.EqualTo("de"));
        Assert.That(document.Sections.Select(s => s.Language.Tag), Is.EqualTo(new[] { "de", "de", "en" }));
    }
}
