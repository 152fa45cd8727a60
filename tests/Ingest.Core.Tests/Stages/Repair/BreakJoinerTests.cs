using Ingest.Core.Stages.Repair;

namespace Ingest.Core.Tests.Stages.Repair;

public sealed class BreakJoinerTests
{
    private static readonly RepairOptions Defaults = new();

    [TestCase("Das gilt bei-\n\nspielsweise hier.", "Das gilt beispielsweise hier.")]
    [TestCase("Das gilt bei-\nspielsweise hier.", "Das gilt beispielsweise hier.")]
    [TestCase("Integrations-\fpolitik ist", "Integrationspolitik ist")]
    [TestCase("hyphen\u2010\nated word", "hyphenated word")]
    public void Join_JoinsWordsHyphenatedAcrossBreaks(string text, string expected)
    {
        var pass = BreakJoiner.Join(text, Defaults, plainText: true);

        Assert.That(pass.Text, Is.EqualTo(expected));
        Assert.That(pass.Repairs.Single().Kind, Is.EqualTo(BreakJoiner.HyphenKind));
    }

    [TestCase("Migrations- und Integrationspolitik")]
    [TestCase("Migrations-\nund Integrationspolitik")]
    [TestCase("Covid-19 und Covid-\n19")]
    [TestCase("die E-\nMail")]
    [TestCase("self-evident, and again self-\nevident")]
    [TestCase("Ende des Satzes.\n\nneuer Absatz in Kleinschrift")]
    [TestCase("implemented by\n\nsupported by")]
    public void Join_KeepsRealHyphensAndParagraphs(string text)
    {
        var pass = BreakJoiner.Join(text, Defaults, plainText: true);

        Assert.That(pass.Text, Is.EqualTo(text));
        Assert.That(pass.Repairs, Is.Empty);
    }

    [TestCase("der Bericht zeigt, dass die\f\nStadt", "der Bericht zeigt, dass die\f\nStadt")]
    [TestCase("der Bericht zeigt, dass die\f\nstadt", "der Bericht zeigt, dass die stadt")]
    [TestCase("Das Programm wurde ausgeweitet, weil wir\n\nimmer mehr", "Das Programm wurde ausgeweitet, weil wir immer mehr")]
    public void Join_JoinsParagraphsCutMidSentence(string text, string expected)
    {
        Assert.That(BreakJoiner.Join(text, Defaults, plainText: true).Text, Is.EqualTo(expected));
    }

    [Test]
    public void Join_JoinsBlankLineGapsOnlyInPlainText()
    {
        const string cut = "Das Programm wurde ausgeweitet, weil wir\n\nimmer mehr";
        Assert.That(BreakJoiner.Join(cut, Defaults, plainText: false).Text, Is.EqualTo(cut));
        Assert.That(BreakJoiner.Join("weil wir\fimmer", Defaults, plainText: false).Text, Is.EqualTo("weil wir immer"));
    }

    [Test]
    public void FormFeeds_BecomeBlankLines()
    {
        var pass = BreakJoiner.FormFeeds("Ende.\fNeue Seite");

        Assert.That(pass.Text, Is.EqualTo("Ende.\n\nNeue Seite"));
        Assert.That(pass.Repairs.Single().Kind, Is.EqualTo(BreakJoiner.PageBreakKind));
    }
}
