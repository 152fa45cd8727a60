using Ingest.Core.Model;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Parse;

/// <summary>Facts versus sections: short headings over short text are not a fact table unless the values are figures.</summary>
public sealed class BlockRefinerTests
{
    [Test]
    public void MarkedUpHeadings_OverSentencesWithoutSpaces_StaySections()
    {
        // Stripped UDHR articles in Japanese: every heading is "第条", every article one long "word".
        const string html = """
            <html lang="ja"><body><main>
            <h2>第条</h2><p>すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。</p>
            <h2>第条</h2><p>何人も、奴隷にされ、又は苦役に服することはない。</p>
            <h2>第条</h2><p>何人も、拷問又は残虐な、非人道的な若しくは屈辱的な取扱若しくは刑罰を受けることはない。</p>
            </main></body></html>
            """;
        var document = TestDocuments.Process(html, "in/udhr.ja.html");
        Assert.That(document.Blocks.Count(b => b.Kind == BlockKind.Fact), Is.Zero);
        Assert.That(document.Sections.Count(s => s.Title == "第条"), Is.EqualTo(3));
    }

    [Test]
    public void MarkedUpHeadings_ThatAreOnlyNumbers_NumberSections_WhenThereAreThreeOrMore()
    {
        // Some UDHR pages head each article with its number alone.
        const string html = "<html><body><h1>Declaration</h1><h2>1.</h2><p>All human beings are born free and equal.</p>"
            + "<h2>2.</h2><p>Everyone is entitled to all the rights and freedoms.</p><h2>3.</h2><p>Everyone has the right to life.</p></body></html>";

        var document = TestDocuments.Process(html, "in/udhr.html");

        Assert.That(document.Sections.Where(s => s.Number is not null).Select(s => (s.Number, s.Title)),
            Is.EqualTo(new (string?, string)[] { ("1", ""), ("2", ""), ("3", "") }));
        Assert.That(document.Blocks.Count(b => b.Kind == BlockKind.ListItem), Is.Zero);
    }

    [Test]
    public void MarkedUpHeadings_ThatAreOnlyNumbers_AreTakeaways_WhenThereAreTwo()
    {
        const string markdown = "# Report\n\n## Key takeaways\n\n### 1\n\nThe city works with civil society.\n\n### 2\n\nNewcomers find work within two years.\n";

        var document = TestDocuments.Process(markdown, "in/report.md");

        Assert.That(document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Number), Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void MarkedUpHeadings_OverFigures_AreFacts()
    {
        const string markdown = "# Gent\n\n## Facts\n\n### Bevölkerung\n\n263.608 (2020)\n\n### Lage\n\nOstflandern (Provinz)\n\n## 1. Zusammenfassung\n\nDie Stadt arbeitet eng mit der Zivilgesellschaft zusammen.\n";
        var document = TestDocuments.Process(markdown, "in/report.md");
        var facts = document.Blocks.Where(b => b.Kind == BlockKind.Fact).Select(b => (b.Marker, b.Text)).ToList();
        Assert.That(facts, Does.Contain(("Bevölkerung", "263.608 (2020)")));
    }
}
