using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Parses HTML with AngleSharp into blocks, leaving out scripts, styles, navigation, headers, footers and asides.</summary>
public static class HtmlBlockParser
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg",
    };

    public static (ImmutableArray<Block> Blocks, string? Language) Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var found = new List<(int Start, BlockKind Kind, string Text, int Level, string? Number)>();
        if (document.Body is { } body)
        {
            Walk(body, found);
        }
        var blocks = ImmutableArray.CreateBuilder<Block>();
        for (var i = 0; i < found.Count; i++)
        {
            var end = i + 1 < found.Count ? found[i + 1].Start : html.Length;
            var (start, kind, text, level, number) = found[i];
            blocks.Add(new Block(kind, text, Span.Chars(start, Math.Max(start, end)), level, number));
        }
        var language = document.DocumentElement.GetAttribute("lang");
        return (blocks.ToImmutable(), string.IsNullOrWhiteSpace(language) ? null : language.Trim());
    }

    private static void Walk(IElement element, List<(int, BlockKind, string, int, string?)> found)
    {
        foreach (var child in element.Children)
        {
            if (Skipped.Contains(child.LocalName))
            {
                continue;
            }
            var start = child.SourceReference?.Position.Index ?? 0;
            var text = Whitespace.Collapse(child.TextContent);
            switch (child.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    var (number, title) = HeadingNumber.Split(text);
                    if (title.Length > 0)
                    {
                        found.Add((start, BlockKind.Heading, title, child.LocalName[1] - '0', number));
                    }
                    break;
                case "p" when text.Length > 0:
                    found.Add((start, BlockKind.Paragraph, text, 0, null));
                    break;
                case "li" when !child.Children.Any(c => c.LocalName is "ul" or "ol" or "p"):
                    if (text.Length > 0)
                    {
                        found.Add((start, BlockKind.ListItem, text, 1, null));
                    }
                    break;
                case "blockquote" when text.Length > 0:
                    found.Add((start, BlockKind.Quote, text, 0, null));
                    break;
                case "tr":
                    var cells = child.Children.Select(c => Whitespace.Collapse(c.TextContent));
                    found.Add((start, BlockKind.TableRow, string.Join(" | ", cells), 0, null));
                    break;
                default:
                    if (child.Children.Length == 0 && text.Length > 0 && child.LocalName is "div" or "span" or "td" or "section")
                    {
                        found.Add((start, BlockKind.Paragraph, text, 0, null));
                    }
                    else
                    {
                        Walk(child, found);
                    }
                    break;
            }
        }
    }
}
