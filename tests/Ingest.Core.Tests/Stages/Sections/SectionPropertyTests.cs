using FsCheck;
using FsCheck.Fluent;
using Ingest.Core.Model;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Tests.Stages.Sections;

/// <summary>Properties over generated documents made of heading-, list-, quote-, link- and body-like lines.</summary>
[TestFixture]
public sealed class SectionPropertyTests
{
    private static readonly string[] Fragments =
    [
        "1. Summary", "2 Context", "3.1 Approaches", "3.3. Jobteam", "Contents", "What is special?", "Key takeaways:", "- 1", "1",
        "• item", "◆ Point", "“A quote.”", "(Name, role)", "Population", "263,608", "www.example.org", "<sup>1</sup> note",
        "# Title", "## **2. Part**", "### 1", "**3. Bold**", "<h2>Heading</h2>", "<p>Paragraph text.</p>", "<nav><a href=x>Menu</a></nav>",
        "<ul><li>One</li></ul>", "<blockquote>Q<cite>C</cite></blockquote>", "| a | b |", "---", "", " ", "\r", "\t",
        "This is body text that runs on for a while and ends like a sentence.", "ähnlich Überschrift", "Пример заголовка", "示例标题",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Fragments).ListOf().Select(lines => string.Join("\n", lines)).ToArbitrary();

    private static Document Parse(string text, DocumentFormat format)
    {
        var document = Document.Create("d-prop", new SourceInfo("p", "0", text.Length, format), ReadOnlyMemory<byte>.Empty) with { Text = text };
        var context = new Ingest.Core.Pipeline.StageContext(Ingest.Core.Pipeline.SeverityPolicy.Default);
        return new ParseStage(new ParseOptions()).Run(document, context);
    }

    [TestCase(DocumentFormat.Text)]
    [TestCase(DocumentFormat.Markdown)]
    [TestCase(DocumentFormat.Html)]
    public void Sections_TileTheText_WithoutOverlap(DocumentFormat format)
    {
        var builder = new SectionTreeBuilder(new SectionsOptions());
        Prop.ForAll(Texts(), text =>
        {
            var document = Parse(text, format);
            var sections = builder.Build(document).Sections;
            var tiles = sections.Length == 0
                || sections[0].Span.Start == 0 && sections[^1].Span.End == text.Length
                    && sections.Zip(sections.Skip(1)).All(p => p.First.Span.End == p.Second.Span.Start && p.First.Span.Start <= p.First.Span.End);
            var blocksInside = document.Blocks.All(b => b.Span.Start >= 0 && b.Span.End <= text.Length && b.Span.Start <= b.Span.End);
            return tiles && blocksInside;
        }).QuickCheckThrowOnFailure();
    }

    [TestCase(DocumentFormat.Text)]
    [TestCase(DocumentFormat.Markdown)]
    [TestCase(DocumentFormat.Html)]
    public void Parse_NeverThrows_OnArbitraryText(DocumentFormat format)
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var document = Parse(text ?? string.Empty, format);
            new SectionTreeBuilder(new SectionsOptions()).Build(document);
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
