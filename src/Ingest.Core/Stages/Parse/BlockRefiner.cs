using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Format-neutral second pass over parsed blocks: numbered takeaways, quote attributions and key–value facts.</summary>
/// <remarks>
/// Every parser runs its blocks through here so that text, Markdown and HTML versions of one page give the same
/// blocks: a bare number ("1", "### 1") followed by text is one list item; a short line after a quote is its
/// attribution; two or more short label/value pairs in a row ("Population" / "263,608") are facts.
/// </remarks>
internal static class BlockRefiner
{
    private const int MaxLabelWords = 4;
    private const int MaxValueWords = 8;
    private const int MaxLabelChars = 40;
    private const int MaxValueChars = 80;
    private const int MinNumberOnlyHeadings = 3;

    public static ImmutableArray<Block> Refine(ImmutableArray<Block> blocks) => Facts(Attributions(Takeaways(blocks)));

    private static List<Block> Takeaways(ImmutableArray<Block> blocks)
    {
        var result = new List<Block>(blocks.Length);
        // Headings marked up as such that are only a number, three or more of them ("<h2>1.</h2>" over each article of
        // a declaration), number sections; one or two over a paragraph each are a report's numbered takeaways.
        var numberedSections = blocks.Count(IsMarkedBareNumber) >= MinNumberOnlyHeadings;
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var next = i + 1 < blocks.Length ? blocks[i + 1] : null;
            if (numberedSections && IsMarkedBareNumber(block))
            {
                result.Add(block with { Text = string.Empty, Number = TextCues.BareNumberValue(block.Text) });
                continue;
            }
            var bare = block.Kind is BlockKind.Heading or BlockKind.Paragraph or BlockKind.ListItem
                && TextCues.IsBareNumber(block.Number is null ? block.Text : block.Number + block.Text);
            // A numbered heading after a bare number (a table of contents' last page number) is a section, not the number's text.
            if (bare && next is { Kind: BlockKind.Paragraph or BlockKind.ListItem } or { Kind: BlockKind.Heading, Number: null } && !TextCues.IsBareNumber(next.Text))
            {
                var number = TextCues.BareNumberValue(block.Number is null ? block.Text : block.Number + block.Text);
                result.Add(new Block(BlockKind.ListItem, next.Text, Span.Chars(block.Span.Start, next.Span.End), 1, number, number, Links: next.Links,
                    Origin: BlockOrigin.Join(block.Origin, next.Origin)));
                i++;
                continue;
            }
            result.Add(block);
        }
        return result;
    }

    private static bool IsMarkedBareNumber(Block block) =>
        block is { Kind: BlockKind.Heading, Level: > 0, Number: null } && TextCues.IsBareNumber(block.Text);

    private static List<Block> Attributions(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            var previous = result.Count > 0 ? result[^1] : null;
            var isShort = TextCues.Words(block.Text) <= 14 && block.Number is null;
            var attribution = block.Kind is BlockKind.Paragraph or BlockKind.Heading && isShort
                && (previous is { Kind: BlockKind.Quote, Marker: null } && !TextCues.IsQuestion(block.Text)
                    || previous is { Kind: BlockKind.Paragraph } && TextCues.LooksLikeAttribution(block.Text)
                        && TextCues.Words(previous.Text) > 8);
            if (attribution)
            {
                var marker = TextCues.Attribution(block.Text);
                result[^1] = previous! with
                {
                    Kind = BlockKind.Quote, Span = Span.Chars(previous.Span.Start, block.Span.End), Marker = marker,
                    Origin = BlockOrigin.Join(previous.Origin, block.Origin),
                };
                continue;
            }
            result.Add(block);
        }
        return result;
    }

    private static ImmutableArray<Block> Facts(List<Block> blocks)
    {
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Count);
        var i = 0;
        while (i < blocks.Count)
        {
            var pairs = PairsAt(blocks, i);
            if (pairs < 2)
            {
                result.Add(blocks[i]);
                i++;
                continue;
            }
            for (var p = 0; p < pairs; p++, i += 2)
            {
                var (label, value) = (blocks[i], blocks[i + 1]);
                result.Add(new Block(BlockKind.Fact, value.Text, Span.Chars(label.Span.Start, value.Span.End), Marker: label.Text, Links: value.Links,
                    Origin: BlockOrigin.Join(label.Origin, value.Origin)));
            }
        }
        return result.ToImmutable();
    }

    /// <summary>How many label/value pairs start at <paramref name="start"/>; a run counts when some value has a digit or all values are plain paragraphs.</summary>
    private static int PairsAt(List<Block> blocks, int start)
    {
        var pairs = 0;
        var digits = false;
        var allParagraphs = true;
        var markedUp = false;
        for (var i = start; i + 1 < blocks.Count; i += 2)
        {
            var (label, value) = (blocks[i], blocks[i + 1]);
            // Scripts without spaces make one "word" of a whole sentence, so lengths are bounded in characters as well.
            var labelFits = label is { Kind: BlockKind.Heading or BlockKind.Paragraph, Number: null }
                && label.Text.Length <= MaxLabelChars
                && TextCues.Words(label.Text) <= MaxLabelWords && !TextCues.EndsLikeSentence(label.Text) && !TextCues.IsQuestion(label.Text);
            var valueFits = value is { Kind: BlockKind.Heading or BlockKind.Paragraph, Number: null }
                && TextCues.Words(value.Text) <= MaxValueWords && value.Text.Length <= MaxValueChars && !TextCues.IsQuestion(value.Text)
                && !(value.Text.EndsWith('.') && TextCues.Words(value.Text) > 3);
            if (!labelFits || !valueFits)
            {
                break;
            }
            pairs++;
            digits |= value.Text.Any(char.IsDigit);
            allParagraphs &= value.Kind == BlockKind.Paragraph;
            markedUp |= label.Kind == BlockKind.Heading && label.Level > 0;
        }
        // Headings marked up as such (HTML h1-h6, Markdown #) over short paragraphs are sections, unless the values are
        // figures ("Population" / "263,608"): only then is a run of them a fact table.
        return digits || (allParagraphs && !markedUp) ? pairs : 0;
    }
}
