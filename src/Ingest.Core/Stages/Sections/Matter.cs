using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Ingest.Core.Model;
using Ingest.Core.Stages.Parse;

namespace Ingest.Core.Stages.Sections;

/// <summary>Finds front matter (title and subtitle at the top) and back matter (download links, credits, footnote lists at the end).</summary>
internal static partial class Matter
{
    private const int MaxTrailingLinkWords = 40;
    private const int MaxCreditWords = 6;

    /// <summary>The title heading and optional subtitle heading at the top, when more headings follow them.</summary>
    public static (int Title, int? Subtitle)? Front(ImmutableArray<Block> blocks, TableOfContents? toc)
    {
        var first = 0;
        while (first < blocks.Length && blocks[first].Kind == BlockKind.Boilerplate)
        {
            first++;
        }
        if (first >= blocks.Length || blocks[first] is not { Kind: BlockKind.Heading, Number: null } || toc?.Contains(first) == true)
        {
            return null;
        }
        var moreHeadings = toc is not null || blocks.Skip(first + 1).Any(b => b.Kind == BlockKind.Heading);
        if (!moreHeadings)
        {
            return null;
        }
        var next = first + 1;
        var subtitle = next < blocks.Length && blocks[next] is { Kind: BlockKind.Heading, Number: null } && toc?.Contains(next) != true
            && (next + 1 >= blocks.Length || blocks[next + 1].Kind == BlockKind.Heading || toc?.First == next + 1);
        return (first, subtitle ? next : null);
    }

    /// <summary>Where the back matter starts, or the block count when there is none.</summary>
    public static int BackStart(ImmutableArray<Block> blocks, int after)
    {
        var start = blocks.Length;
        var trailing = blocks.Length;
        var linked = false;
        while (trailing - 1 > after && IsTrailing(blocks[trailing - 1]))
        {
            trailing--;
            linked |= blocks[trailing].Kind is BlockKind.Footnote or BlockKind.LinkLine || TextCues.HasLink(blocks[trailing].Text);
        }
        if (linked)
        {
            start = trailing;
        }
        for (var i = Math.Max(after + 1, blocks.Length / 2); i < start; i++)
        {
            if (blocks[i] is { Kind: BlockKind.Heading, Number: null } && Download().IsMatch(blocks[i].Text)
                && !blocks.Skip(i + 1).Any(b => b is { Kind: BlockKind.Heading, Number: not null }))
            {
                return i;
            }
        }
        return start;
    }

    private static bool IsTrailing(Block block) => block.Kind switch
    {
        BlockKind.Footnote or BlockKind.LinkLine or BlockKind.Boilerplate => true,
        BlockKind.Paragraph or BlockKind.Quote when TextCues.HasLink(block.Text) => TextCues.Words(block.Text) <= MaxTrailingLinkWords,
        BlockKind.Paragraph or BlockKind.Heading => block.Number is null && TextCues.Words(block.Text) <= MaxCreditWords
            && !TextCues.EndsLikeSentence(block.Text) && !TextCues.IsQuestion(block.Text),
        _ => false,
    };

    /// <summary>"Download" in the languages of the EU and its neighbours; a heading offering the file is back matter, not content.</summary>
    [GeneratedRegex(@"\b(download|herunterladen|downloaden|télécharger|telecharger|descargar|scarica|baixar|transferir|pobierz|stáhn|stiahn|letölt|descărca|descarca|изтегл|скача|завантаж|ladda ner|last ned|downloade|lataa|laadi alla|atsisiųsti|lejupielād|preuzmi|prenesi|κατεβάστε|λήψη|indir)", RegexOptions.IgnoreCase)]
    private static partial Regex Download();
}
