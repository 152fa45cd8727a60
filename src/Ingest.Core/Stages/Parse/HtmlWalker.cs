using System.Globalization;
using AngleSharp.Dom;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Walks an HTML element tree in document order and turns content elements into blocks.</summary>
internal sealed class HtmlWalker(List<Found> found, IElement main)
{
    private const int MaxMenuLinkWords = 4;

    public void Walk(IElement element, bool insideMain)
    {
        foreach (var child in element.Children)
        {
            Visit(child, insideMain || child == main);
        }
    }

    private void Visit(IElement child, bool insideMain)
    {
        if (HtmlBlockParser.IsNotText(child))
        {
            return;
        }
        if (!insideMain && !child.Contains(main) || HtmlBlockParser.ChromeReason(child, insideMain) is not null && !child.Contains(main))
        {
            var reason = HtmlBlockParser.ChromeReason(child, insideMain) ?? "outside the main content";
            var text = Whitespace.Collapse(child.TextContent);
            if (text.Length > 0)
            {
                Add(child, new Block(BlockKind.Boilerplate, text, default, Note: reason));
            }
            return;
        }
        var content = Whitespace.Collapse(child.TextContent);
        switch (child.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var (number, title) = HeadingNumber.Split(content);
                if (title.Length > 0)
                {
                    Add(child, new Block(BlockKind.Heading, title, default, child.LocalName[1] - '0', number));
                }
                break;
            case "p" or "pre" or "figcaption" or "address" when content.Length > 0:
                Add(child, Paragraph(child, content));
                break;
            case "ul" or "ol" when IsMenu(child):
                Add(child, new Block(BlockKind.Boilerplate, content, default, Note: "list of links"));
                break;
            case "li":
                ListItem(child, content, insideMain);
                break;
            case "blockquote" when content.Length > 0:
                Quote(child);
                break;
            case "tr":
                var cells = child.Children.Select(c => Whitespace.Collapse(c.TextContent));
                Add(child, new Block(BlockKind.TableRow, string.Join(" | ", cells), default));
                break;
            case "dt" when IsFactPair(child, child.NextElementSibling):
                Add(child, new Block(BlockKind.Fact, Whitespace.Collapse(child.NextElementSibling!.TextContent), default, Marker: content));
                break;
            case "dd" when IsFactPair(child.PreviousElementSibling, child):
                // Taken with its term.
                break;
            default:
                if (!child.Children.Any(IsBlockLevel) && content.Length > 0)
                {
                    Add(child, Paragraph(child, content));
                }
                else
                {
                    Walk(child, insideMain);
                }
                break;
        }
    }

    /// <summary>A term with a one-piece description is a key and its value; a description holding paragraphs, lists or
    /// a nested list of terms (a table of contents, a glossary entry) is content of its own and is walked.</summary>
    private static bool IsFactPair(IElement? term, IElement? description) =>
        term is { LocalName: "dt" } && description is { LocalName: "dd" }
        && Whitespace.Collapse(term.TextContent).Length > 0 && !description.Children.Any(IsBlockLevel);

    private void ListItem(IElement item, string content, bool insideMain)
    {
        if (item.Children.Any(c => c.LocalName is "ul" or "ol" or "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
        {
            Walk(item, insideMain);
            return;
        }
        if (content.Length == 0)
        {
            return;
        }
        var list = item.ParentElement;
        var depth = item.Ancestors<IElement>().Count(a => a.LocalName is "ul" or "ol");
        var marker = list?.LocalName == "ol"
            ? (list.Children.Where(c => c.LocalName == "li").ToList().IndexOf(item) + 1).ToString(CultureInfo.InvariantCulture)
            : "•";
        Add(item, new Block(BlockKind.ListItem, content, default, Math.Max(1, depth), Marker: marker));
    }

    private void Quote(IElement quote)
    {
        var cite = quote.QuerySelector("cite, footer");
        var attribution = cite is null ? null : TextCues.Attribution(Whitespace.Collapse(cite.TextContent));
        cite?.Remove();
        var text = Whitespace.Collapse(quote.TextContent);
        Add(quote, new Block(BlockKind.Quote, text, default, Marker: string.IsNullOrEmpty(attribution) ? null : attribution));
    }

    private static Block Paragraph(IElement element, string content)
    {
        if (TextCues.StartsWithQuote(content))
        {
            return new Block(BlockKind.Quote, content, default);
        }
        var links = element.QuerySelectorAll("a");
        var linkText = string.Concat(links.Select(a => a.TextContent));
        var onlyLinks = links.Length > 0 && Whitespace.Collapse(linkText).Length >= content.Length - 1;
        return new Block(onlyLinks ? BlockKind.LinkLine : BlockKind.Paragraph, content, default);
    }

    /// <summary>A list whose items are each a single short link to another page is a menu; links to anchors (a table of contents) are not.</summary>
    private static bool IsMenu(IElement list)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        return items.Count >= 2 && items.All(li =>
            li.Children.Length == 1 && li.Children[0] is { LocalName: "a" } a
            && !(a.GetAttribute("href") ?? string.Empty).StartsWith('#')
            && TextCues.Words(Whitespace.Collapse(a.TextContent)) <= MaxMenuLinkWords
            && Whitespace.Collapse(li.TextContent) == Whitespace.Collapse(a.TextContent));
    }

    private static bool IsBlockLevel(IElement element) => element.LocalName is "p" or "div" or "section" or "article" or "ul" or "ol"
        or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "figure" or "dl" or "main" or "header"
        or "footer" or "nav" or "aside" or "pre" or "form" or "tbody" or "thead" or "tr" or "li" or "dt" or "dd";

    private void Add(IElement element, Block block)
    {
        var links = element.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.Length > 0).ToList();
        if (element is { LocalName: "a" } && element.GetAttribute("href") is { Length: > 0 } own)
        {
            links.Insert(0, own);
        }
        found.Add(new Found(element.SourceReference?.Position.Index ?? 0, links.Count > 0 ? block with { Links = links } : block));
    }
}
