using System.Collections.Immutable;
using Ingest.Core.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigBlock = Markdig.Syntax.Block;
using ModelBlock = Ingest.Core.Model.Block;

namespace Ingest.Core.Stages.Parse;

/// <summary>Parses Markdown with Markdig into blocks: headings (level and number), paragraphs, list items, quotes, table rows.</summary>
public static class MarkdownBlockParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseFootnotes().UseYamlFrontMatter().Build();

    public static ImmutableArray<ModelBlock> Parse(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var blocks = ImmutableArray.CreateBuilder<ModelBlock>();
        foreach (var block in document)
        {
            Add(block, blocks, listDepth: 0);
        }
        return blocks.ToImmutable();
    }

    private static void Add(MarkdigBlock block, ImmutableArray<ModelBlock>.Builder blocks, int listDepth)
    {
        var span = Span.Chars(block.Span.Start, Math.Max(block.Span.Start, block.Span.End + 1));
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
                var text = InlineText.Of(paragraph.Inline);
                if (text.Length > 0)
                {
                    blocks.Add(new ModelBlock(listDepth > 0 ? BlockKind.ListItem : BlockKind.Paragraph, text, span, listDepth));
                }
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    foreach (var child in item)
                    {
                        Add(child, blocks, listDepth + 1);
                    }
                }
                break;
            case QuoteBlock quote:
                var quoted = string.Join(" ", quote.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline)));
                if (quoted.Length > 0)
                {
                    blocks.Add(new ModelBlock(BlockKind.Quote, quoted, span));
                }
                break;
            case Markdig.Extensions.Tables.Table table:
                foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
                {
                    var cells = row.OfType<Markdig.Extensions.Tables.TableCell>()
                        .Select(c => string.Join(" ", c.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))));
                    var rowSpan = Span.Chars(row.Span.Start, Math.Max(row.Span.Start, row.Span.End + 1));
                    blocks.Add(new ModelBlock(BlockKind.TableRow, string.Join(" | ", cells), rowSpan));
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(child, blocks, listDepth);
                }
                break;
        }
    }
}
