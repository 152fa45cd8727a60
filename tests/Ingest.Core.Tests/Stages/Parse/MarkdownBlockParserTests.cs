using Ingest.Core.Model;
using Ingest.Core.Stages.Parse;

namespace Ingest.Core.Tests.Stages.Parse;

[TestFixture]
public sealed class MarkdownBlockParserTests
{
    [Test]
    public void Parse_StripsEmphasisAndNumber_FromHeadings()
    {
        var blocks = MarkdownBlockParser.Parse("## **2. Lokaler Hintergrund und Kontext**\n\nText des Abschnitts, lang genug für einen Absatz.\n");

        Assert.That((blocks[0].Kind, blocks[0].Text, blocks[0].Number, blocks[0].Level), Is.EqualTo((BlockKind.Heading, "Lokaler Hintergrund und Kontext", "2", 2)));
    }

    [Test]
    public void Parse_ReadsBoldNumberedLine_AsHeadingWithoutMarkupLevel()
    {
        var blocks = MarkdownBlockParser.Parse("**3. Ausgewählte lokale Ansätze**\n\nText.\n");

        Assert.That((blocks[0].Kind, blocks[0].Number, blocks[0].Level), Is.EqualTo((BlockKind.Heading, "3", 0)));
    }

    [Test]
    public void Parse_DoesNotReadBoldSentence_AsHeading()
    {
        var blocks = MarkdownBlockParser.Parse("**Die Stadt hilft, wo sie kann.**\n");

        Assert.That(blocks[0].Kind, Is.EqualTo(BlockKind.Paragraph));
    }

    [Test]
    public void Parse_ReadsNumberOnlyHeading_AsNumberedListItem()
    {
        var blocks = MarkdownBlockParser.Parse("## Wichtigste Erkenntnisse\n\n### 1\n\nDie Zusammenarbeit ist einzigartig.\n\n### 2\n\nDie Unterstützung ist ganzheitlich.\n");

        Assert.That(blocks.Select(b => (b.Kind, b.Number)), Is.EqualTo(new[]
        {
            (BlockKind.Heading, (string?)null), (BlockKind.ListItem, "1"), (BlockKind.ListItem, "2"),
        }));
    }

    [Test]
    public void Parse_ReadsSupNumberedLines_AsFootnotes_KeepingTheUrl()
    {
        var blocks = MarkdownBlockParser.Parse("Body text.<sup>1</sup>\n\n<sup>1</sup> <https://example.org/report>\n");

        Assert.That((blocks[1].Kind, blocks[1].Number, blocks[1].Text), Is.EqualTo((BlockKind.Footnote, "1", "https://example.org/report")));
    }

    [Test]
    public void Parse_ReducesLinksToText()
    {
        var blocks = MarkdownBlockParser.Parse("More reports on [the website](https://example.org) of the project.\n");

        Assert.That(blocks[0].Text, Is.EqualTo("More reports on the website of the project."));
        Assert.That(blocks[0].Links, Is.EqualTo(new[] { "https://example.org" }));
    }

    [Test]
    public void Parse_ReadsRawHtmlBlocks_InsteadOfDroppingThem()
    {
        const string text = "# Title\n\n<div class=\"box\">\n<h2>3.1 Taskforce</h2>\n<p>Body of the section.</p>\n</div>\n\nAfter.\n";
        var blocks = MarkdownBlockParser.Parse(text);

        Assert.That(blocks.Select(b => (b.Kind, b.Text)), Is.EqualTo(new[]
        {
            (BlockKind.Heading, "Title"), (BlockKind.Heading, "Taskforce"), (BlockKind.Paragraph, "Body of the section."), (BlockKind.Paragraph, "After."),
        }));
        Assert.That(blocks.All(b => b.Span.End <= text.Length && b.Span.Start <= b.Span.End), Is.True);
    }
}
