using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>Builds the blocks of a PDF from its repaired text and its layout: headings with levels, list items, quotes, paragraphs, each with page and box.</summary>
/// <remarks>
/// The read stage wrote one blank-line-separated stretch per layout block and the repair stage removed furniture and
/// joined cut paragraphs, so each stretch of the repaired text is one block. Headings come from
/// <see cref="HeadingClassifier"/>; the rest is told by text as in plain text (bullets, list numbers, quote marks,
/// links). A document set in one style throughout (no heading stands out by size or weight) is read with the
/// plain-text cues alone, block by block, as its text export would be. The same refinements as for every format follow
/// (numbered takeaways, attributions, facts).
/// </remarks>
public sealed partial class PdfBlockParser(ParseOptions options)
{
    /// <summary>Fewer styled headings than this and the document counts as set in one style.</summary>
    private const int MinStyledHeadings = 2;

    private readonly HeadingClassifier _headings = new(options);
    private readonly PlainTextBlockParser _plainText = new(options);

    public ImmutableArray<Block> Parse(Document document) => BlockRefiner.Refine(NumberedLists.Demote(Classify(document)));

    /// <summary>The headings as the layout shows them, before the refinements that make a bare-number heading a list item or a label a fact: what headings recall is measured on.</summary>
    public ImmutableArray<Block> Headings(Document document) => [.. Classify(document).Where(b => b.Kind == BlockKind.Heading)];

    private ImmutableArray<Block> Classify(Document document)
    {
        var layout = document.Layout ?? new DocumentLayout([], [], [], 0, 0);
        var chunks = PdfChunker.Split(document, layout);
        var levels = _headings.Classify(chunks, layout);
        var flat = levels.Count(l => l > 0) < MinStyledHeadings;
        var lines = flat ? chunks.Select(c => new PlainTextLine(c.Text, c.Span, BlankBefore: true)).ToList() : null;
        var blocks = ImmutableArray.CreateBuilder<Block>(chunks.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var block = levels[i] > 0 || (levels[i] == 0 && !flat) ? Heading(chunk, levels[i])
                : flat ? _plainText.Classify(lines!, i)
                : PlainTextBlockParser.MarkedBlock(chunk.Text, chunk.Span) ?? new Block(BlockKind.Paragraph, chunk.Text, chunk.Span);
            blocks.Add(block with { Origin = chunk.Origin });
        }
        return ChapterLabels(blocks.ToImmutable());
    }

    /// <summary>
    /// A heading that is only a label and a numeral ("Chapter 3", "Kapitel IV", "Part 2") set on its own line above the
    /// chapter's title is that title's number: the two become one numbered heading, so that the number nests it.
    /// </summary>
    private static ImmutableArray<Block> ChapterLabels(ImmutableArray<Block> blocks)
    {
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var label = block is { Kind: BlockKind.Heading, Number: null } ? ChapterLabel().Match(block.Text) : null;
            if (label is { Success: true } && i + 1 < blocks.Length && blocks[i + 1] is { Kind: BlockKind.Heading, Number: null } title)
            {
                var levels = new[] { block.Level, title.Level }.Where(l => l > 0).DefaultIfEmpty(0).Min();
                result.Add(title with
                {
                    Number = label.Groups["number"].Value, Level = levels, Span = Span.Chars(block.Span.Start, title.Span.End),
                    Origin = BlockOrigin.Join(block.Origin, title.Origin),
                });
                i++;
                continue;
            }
            result.Add(block);
        }
        return result.ToImmutable();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}{3,}\s+(?<number>\d{1,3}|[IVXLC]{1,7})$")]
    private static partial System.Text.RegularExpressions.Regex ChapterLabel();

    private static Block Heading(PdfChunk chunk, int level)
    {
        var (number, title) = HeadingNumber.Split(chunk.Text);
        return new Block(BlockKind.Heading, title.Length > 0 ? title : chunk.Text, chunk.Span, level, number);
    }
}
