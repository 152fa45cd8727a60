using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Parses HTML with AngleSharp into blocks from the main content, recording navigation, headers, footers, asides, cookie notices and link menus as boilerplate with a reason.</summary>
/// <remarks>
/// The main content is <c>&lt;main&gt;</c>, <c>[role=main]</c> or a single <c>&lt;article&gt;</c> when present, else the body.
/// Scripts, styles and templates are not text and leave no block. Block offsets are the elements' positions in the source.
/// </remarks>
public static partial class HtmlBlockParser
{
    private static readonly HashSet<string> NotText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "button", "select", "input", "iframe", "img", "picture", "video", "audio", "canvas",
    };

    private const string ContentContainers =
        "#main-content, #content, #main, .main-content, .page-content, .entry-content, .post-content, .article-body, .content";

    private const int MinIntroductionLetters = 200;

    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase) { "nav", "header", "footer", "aside", "form", "dialog" };

    public static HtmlParseResult Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var found = new List<Found>();
        if (document.Body is { } body)
        {
            var main = MainContent(body);
            new HtmlWalker(found, main).Walk(body, insideMain: main == body);
        }
        var blocks = ImmutableArray.CreateBuilder<Block>(found.Count);
        var ordered = found.OrderBy(f => f.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var end = i + 1 < ordered.Count ? ordered[i + 1].Start : html.Length;
            var f = ordered[i];
            blocks.Add(f.Block with { Span = Span.Chars(f.Start, Math.Max(f.Start, end)) });
        }
        var language = document.DocumentElement?.GetAttribute("lang");
        var charset = document.QuerySelector("meta[charset]")?.GetAttribute("charset")
            ?? CharsetInContentType(document.QuerySelector("meta[http-equiv='Content-Type' i]")?.GetAttribute("content"));
        return new HtmlParseResult(BlockRefiner.Refine(blocks.ToImmutable()),
            string.IsNullOrWhiteSpace(language) ? null : language.Trim(),
            string.IsNullOrWhiteSpace(charset) ? null : charset.Trim().ToLowerInvariant());
    }

    internal static bool IsNotText(IElement element) => NotText.Contains(element.LocalName);

    /// <summary>Why an element is page chrome rather than content, or null when it is content.</summary>
    internal static string? ChromeReason(IElement element, bool insideMain)
    {
        if (IsContentsNavigation(element))
        {
            return null;
        }
        if (Chrome.Contains(element.LocalName))
        {
            // An article's own header or footer (title, byline) is content; the page's are chrome, and so are menus anywhere.
            var inArticle = element.Ancestors<IElement>().Any(a => a.LocalName is "article" or "main" or "section");
            if ((!insideMain || !inArticle || element.LocalName is not ("header" or "footer")) && !IsIntroduction(element, insideMain))
            {
                return $"<{element.LocalName}> {(inArticle ? "inside" : "outside")} the content";
            }
        }
        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search")
        {
            return $"role={role}";
        }
        var label = (element.Id + " " + element.ClassName).ToLowerInvariant();
        if (Cookie().IsMatch(label) || element.LocalName is "div" or "section" or "aside" && IsShortCookieText(element))
        {
            return "cookie notice";
        }
        return Menu().IsMatch(label) && element.LocalName is not ("main" or "article" or "body") ? "menu or share bar" : null;
    }

    /// <summary>A &lt;header&gt; in the content holding a heading and paragraphs of prose (a preamble, an introduction)
    /// introduces the text; a site's header holds a logo, a slogan and links.</summary>
    private static bool IsIntroduction(IElement element, bool insideMain)
    {
        if (!insideMain || element.LocalName != "header" || element.QuerySelector("h1, h2, h3, h4, h5, h6") is null
            || element.QuerySelector("nav, form") is not null)
        {
            return false;
        }
        var prose = element.QuerySelectorAll("p").Where(p => p.QuerySelector("a") is null).Sum(p => p.TextContent.Count(char.IsLetter));
        return prose >= MinIntroductionLetters;
    }

    /// <summary>A &lt;nav&gt; whose links all point into the page is a table of contents, which is content.</summary>
    private static bool IsContentsNavigation(IElement element)
    {
        if (element.LocalName != "nav")
        {
            return false;
        }
        var links = element.QuerySelectorAll("a[href]");
        return links.Length >= 2 && links.All(a => a.GetAttribute("href")!.StartsWith('#'));
    }

    private static IElement MainContent(IElement body)
    {
        var main = body.QuerySelector("main, [role=main]");
        if (main is not null)
        {
            return main;
        }
        var articles = body.QuerySelectorAll("article");
        if (articles.Length == 1)
        {
            return articles[0];
        }
        // Content-management systems name the content container rather than using <main>.
        var named = body.QuerySelectorAll(ContentContainers).FirstOrDefault(e => e.QuerySelector("h1, h2, h3, p") is not null);
        return named ?? body;
    }

    /// <summary>A short block (a banner, not an article about cookies) whose text speaks of cookies.</summary>
    private static bool IsShortCookieText(IElement element)
    {
        var text = element.TextContent;
        return text.Length < 600 && text.Contains("cookie", StringComparison.OrdinalIgnoreCase)
            && element.QuerySelector("h1, h2, h3, article, main") is null;
    }

    private static string? CharsetInContentType(string? content)
    {
        var match = content is null ? null : ContentTypeCharset().Match(content);
        return match is { Success: true } ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex(@"cookie|consent|gdpr|cmp-banner")]
    private static partial Regex Cookie();

    [GeneratedRegex(@"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|share|social|skip-link|site-header|site-footer|newsletter)([\s_-]|$)")]
    private static partial Regex Menu();

    [GeneratedRegex(@"charset\s*=\s*(?<charset>[\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();
}
