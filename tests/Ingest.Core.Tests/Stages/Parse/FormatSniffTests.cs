using Ingest.Core.Model;
using Ingest.Core.Stages.Read;

namespace Ingest.Core.Tests.Stages.Parse;

/// <summary>Format sniffing from content (<see cref="FormatSniffer.Sniff"/>), kept beside the parsers it chooses between.</summary>
[TestFixture]
public sealed class FormatSniffTests
{
    private static IEnumerable<TestCaseData> Cases() =>
    [
        new TestCaseData("<!DOCTYPE html><html><body><p>Hi</p></body></html>", DocumentFormat.Html).SetName("Sniff_ReturnsHtml_ForDoctype"),
        new TestCaseData("<div class=\"x\"><h2>Title</h2><p>Text</p></div>", DocumentFormat.Html).SetName("Sniff_ReturnsHtml_ForFragment"),
        new TestCaseData("\n\n# Gent\n\n## Subtitle\n\n**1. Summary**\n\nText", DocumentFormat.Markdown).SetName("Sniff_ReturnsMarkdown_ForAtxHeadings"),
        new TestCaseData("---\ntitle: Report\nlang: de\n---\nBody text here.\n", DocumentFormat.Markdown).SetName("Sniff_ReturnsMarkdown_ForFrontMatter"),
        new TestCaseData("Report\n======\n\nIntro\n-----\n\nText.", DocumentFormat.Markdown).SetName("Sniff_ReturnsMarkdown_ForSetextHeadings"),
        new TestCaseData("# Notes\n\nSee <br> and <span>x</span> and <sup>1</sup>.\n\n## More\n\n**bold** [link](http://x.org)\n", DocumentFormat.Markdown)
            .SetName("Sniff_ReturnsMarkdown_WhenFewTagsAreEmbedded"),
        new TestCaseData("Gent\nUmfassende Maßnahmen.\n- 1\nDie Zusammenarbeit ist einzigartig.\n", DocumentFormat.Text).SetName("Sniff_ReturnsText_ForDashBullets"),
        new TestCaseData("Price is 3 < 5 and 7 > 2 in this plain text.", DocumentFormat.Text).SetName("Sniff_ReturnsText_ForAngleBrackets"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Sniff_TellsFormatFromContent(string text, DocumentFormat expected) =>
        Assert.That(FormatSniffer.Sniff(text), Is.EqualTo(expected));
}
