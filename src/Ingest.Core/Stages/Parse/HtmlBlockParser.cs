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
        if (!insideMain && Chrome.Contains(element.LocalName))
        {
            return $"<{element.LocalName}> outside the main content";
        }
        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search")
        {
            return $"role={role}";
        }
        var label = (element.Id + " " + element.ClassName).ToLowerInvariant();
        if (Cookie().IsMatch(label))
        {
            return "cookie notice";
        }
        if (insideMain && element.LocalName is "nav")
        {
            return "<nav> inside the content";
        }
        return Menu().IsMatch(label) && element.LocalName is not ("main" or "article" or "body") ? "menu or share bar" : null;
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
        return articles.Length == 1 ? articles[0] : body;
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
