using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Language;

/// <summary>What every version of the language stage must do (issue 2's contract).</summary>
public sealed class LanguageStageContractTests
{
    [TestCase("Die Stadt unterstützt zivilgesellschaftliche Projekte in hohem Maße, in manchen Fällen auch durch offizielle Zusammenarbeit mit den Vereinen.", "de")]
    [TestCase("The city supports civil society projects to a high degree, including through official cooperation in certain cases with the organisations.", "en")]
    [TestCase("Miasto wspiera projekty społeczeństwa obywatelskiego, często poprzez oficjalną współpracę z organizacjami, które działają w mieście.", "pl")]
    [TestCase("De stad ondersteunt projecten van het maatschappelijk middenveld, vaak door officiële samenwerking met de organisaties die er actief zijn.", "nl")]
    public void Run_TagsTheDocumentLanguage(string text, string expected)
    {
        Assert.That(TestDocuments.Process(text).Language.Tag, Is.EqualTo(expected));
    }

    [Test]
    public void Run_SaysUnd_ForTooLittleText()
    {
        Assert.That(TestDocuments.Process("42").Language.Tag, Is.EqualTo("und"));
    }
}
