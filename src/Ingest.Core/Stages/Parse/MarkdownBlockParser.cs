using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Model;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigBlock = Markdig.Syntax.Block;
using ModelBlock = Ingest.Core.Model.Block;

namespace Ingest.Core.Stages.Parse;

/// <summary>Parses Markdown with Markdig into blocks: headings (markup level and number), paragraphs, list items, quotes, table rows, footnotes.</summary>
/// <remarks>
/// A paragraph that is only a bold numbered line ("**3. Selected approaches**") is a heading without markup level, as
/// documents converted from PDF or Word often print them; footnotes written as "&lt;sup&gt;1&lt;/sup&gt; text" are footnotes.
/// </remarks>
public static partial class MarkdownBlockParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseFootnotes().UseYamlFrontMatter().Build();

    public static ImmutableArray<ModelBlock> Parse(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var blocks = ImmutableArray.CreateBuilder<ModelBlock>();
        foreach (var block in document)
        {
            Add(block, text, blocks, listDepth: 0, marker: null);
        }
        return BlockRefiner.Refine(blocks.ToImmutable());
    }

    private static Span SpanOf(MarkdigBlock block) => Span.Chars(block.Span.Start, Math.Max(block.Span.Start, block.Span.End + 1));

    private static void Add(MarkdigBlock block, string source, ImmutableArray<ModelBlock>.Builder blocks, int listDepth, string? marker)
    {
        var span = SpanOf(block);
        switch (block)
        {
            case HeadingBlock heading:
                var (number, title) = HeadingNumber.Split(InlineText.Of(heading.Inline));
                if (title.Length > 0)
                {
                    blocks.Add(new ModelBlock(BlockKind.Heading, title, span, heading.Level, number));
                }
                break;
            case ParagraphBlock paragraph:
                AddParagraph(paragraph, source, span, blocks, listDepth, marker);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var itemMarker = list.IsOrdered ? item.Order.ToString(CultureInfo.InvariantCulture) : list.BulletType.ToString();
                    foreach (var child in item)
                    {
                        Add(child, source, blocks, listDepth + 1, itemMarker);
                    }
                }
                break;
            case QuoteBlock quote:
                AddQuote(quote, span, blocks);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>().Select(c => string.Join(" ", c.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))));
                    blocks.Add(new ModelBlock(BlockKind.TableRow, string.Join(" | ", cells), SpanOf(row)));
                }
                break;
            case Footnote footnote:
                var note = string.Join(" ", footnote.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline)));
                blocks.Add(new ModelBlock(BlockKind.Footnote, note, span, 0, footnote.Order.ToString(CultureInfo.InvariantCulture)));
                break;
            case CodeBlock code when code.Lines.Count > 0:
                var lines = Whitespace.Collapse(code.Lines.ToString());
                if (lines.Length > 0)
                {
                    blocks.Add(new ModelBlock(BlockKind.Paragraph, lines, span));
                }
                break;
            case HtmlBlock html when html.Lines.Count > 0:
                // Raw HTML inside Markdown is content too (converted web pages keep divs and tables): parse it as HTML.
                foreach (var inner in HtmlBlockParser.Parse(html.Lines.ToString()).Blocks)
                {
                    blocks.Add(inner with { Span = Span.Chars(span.Start + Math.Min(inner.Span.Start, span.Length), span.Start + Math.Min(inner.Span.End, span.Length)) });
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(child, source, blocks, listDepth, marker);
                }
                break;
        }
    }

    private static void AddParagraph(ParagraphBlock paragraph, string source, Span span,
        ImmutableArray<ModelBlock>.Builder blocks, int listDepth, string? marker)
    {
        var text = InlineText.Of(paragraph.Inline);
        if (text.Length == 0)
        {
            return;
        }
        if (listDepth > 0)
        {
            var glyph = LeadingGlyph().Match(text);
            var itemMarker = glyph.Success ? glyph.Groups["glyph"].Value : marker;
            blocks.Add(new ModelBlock(BlockKind.ListItem, glyph.Success ? text[glyph.Length..] : text, span, listDepth, Marker: itemMarker,
                Links: InlineText.Links(paragraph.Inline)));
            return;
        }
        var footnote = SupFootnote().Match(source, span.Start, Math.Min(span.Length, source.Length - span.Start));
        if (footnote.Success)
        {
            var number = footnote.Groups["n"].Value;
            var body = text.StartsWith(number, StringComparison.Ordinal) ? text[number.Length..].Trim() : text;
            blocks.Add(new ModelBlock(BlockKind.Footnote, body, span, 0, number, Links: InlineText.Links(paragraph.Inline)));
            return;
        }
        if (IsBoldOnly(paragraph.Inline))
        {
            var (number, title) = HeadingNumber.Split(text);
            if (number is not null && !TextCues.EndsLikeSentence(title) && TextCues.Words(title) <= 16)
            {
                blocks.Add(new ModelBlock(BlockKind.Heading, title, span, 0, number));
                return;
            }
        }
        var kind = TextCues.StartsWithQuote(text) ? BlockKind.Quote : BlockKind.Paragraph;
        blocks.Add(new ModelBlock(kind, text, span, Links: InlineText.Links(paragraph.Inline)));
    }

    private static void AddQuote(QuoteBlock quote, Span span, ImmutableArray<ModelBlock>.Builder blocks)
    {
        var paragraphs = quote.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline)).Where(p => p.Length > 0).ToList();
        string? attribution = null;
        if (paragraphs.Count > 1 && TextCues.LooksLikeAttribution(paragraphs[^1]))
        {
            attribution = TextCues.Attribution(paragraphs[^1]);
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        if (paragraphs.Count > 0)
        {
            blocks.Add(new ModelBlock(BlockKind.Quote, string.Join(" ", paragraphs), span, Marker: attribution));
        }
    }

    private static bool IsBoldOnly(ContainerInline? inline) =>
        inline?.FirstChild is EmphasisInline { DelimiterCount: 2 } && inline.FirstChild.NextSibling is null;

    [GeneratedRegex(@"^<sup>\s*(?<n>\d{1,3})\s*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex SupFootnote();

    [GeneratedRegex(@"^(?<glyph>[•◆◇▪▫●○■□►▸‣⁃✓✔→])\s*")]
    private static partial Regex LeadingGlyph();
}
