using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class ShtokavianMarkersTests
{
    [TestCase("Uvijek je bilo vrijeme za to, rekao je tko zna koliko tisuća puta.", "hr")]
    [TestCase("Uvek je bilo vreme za to, i to na svakom mestu.", "sr")]
    [TestCase("Uvijek je bilo vrijeme za to, ko zna šta i koliko hiljada puta.", "bs")]
    public void Decide_ReadsTheReflexAndTheStandardsWords(string text, string expected) =>
        Assert.That(ShtokavianMarkers.Decide(text, "hr"), Is.EqualTo(expected));

    [TestCase("Datoteka nije pronađena.")]                        // no marker at all
    [TestCase("Uvijek je bilo vreme za to.")]                     // one of each reflex: nothing clear
    public void Decide_LeavesUnclearTextToTheNgrams(string text) =>
        Assert.That(ShtokavianMarkers.Decide(text, "hr"), Is.Null);

    [Test]
    public void Decide_GivesAnIjekavianTextWithoutLexicalMarkers_TheNgramsChoice() =>
        Assert.That(ShtokavianMarkers.Decide("Uvijek je bilo vrijeme za to.", "bs"), Is.EqualTo("bs"));
}
