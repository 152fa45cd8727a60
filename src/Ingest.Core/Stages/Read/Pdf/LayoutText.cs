using System.Collections.Immutable;
using System.Text;
using Ingest.Core.Model;
using Ingest.Pdf;
using Ingest.Pdf.Layout;

namespace Ingest.Core.Stages.Read.Pdf;

/// <summary>Writes a PDF's layout as the decoded text and keeps each block's geometry as a region of that text.</summary>
/// <remarks>
/// Every block is written, furniture included, so that the repair stage can remove it and account for it. Lines of a
/// block are separated by a line feed, blocks by a blank line, pages by a form feed: the repair stage joins hyphenated
/// words at line ends and paragraphs across page breaks as it does for any text, and the parser sees one block per
/// blank-line-separated chunk.
/// </remarks>
internal static class LayoutText
{
    public static (string Text, DocumentLayout Layout) Build(PdfLayout layout, int pageCount)
    {
        var text = new StringBuilder();
        var regions = ImmutableArray.CreateBuilder<LayoutRegion>();
        foreach (var page in layout.Pages)
        {
            var firstOnPage = true;
            foreach (var block in page.Blocks)
            {
                var lines = block.Lines.Select(l => Flat(l.Text)).Where(l => l.Length > 0).ToList();
                if (lines.Count == 0)
                {
                    continue;
                }
                if (text.Length > 0)
                {
                    text.Append(firstOnPage ? "\f" : "\n\n");
                }
                firstOnPage = false;
                var start = text.Length;
                text.AppendJoin('\n', lines);
                var role = IsNumberedTitle(block, lines) ? RegionRole.Body : Role(block.Role);
                regions.Add(new LayoutRegion(Span.Chars(start, text.Length), block.Page,
                    new PageBox(block.Box.Left, block.Box.Top, block.Box.Right, block.Box.Bottom),
                    block.FontSize, block.FontName, block.IsBold, block.IsItalic, lines.Count, block.Column, role,
                    role == RegionRole.Body ? null : block.RoleReason));
            }
        }
        var outline = ImmutableArray.CreateBuilder<OutlineEntry>();
        Flatten(layout.Outline, 1, outline);
        var tagged = layout.TaggedHeadings.Select(h => new OutlineEntry(h.Level, Flat(h.Text), h.Page)).ToImmutableArray();
        return (text.ToString(), new DocumentLayout(regions.ToImmutable(), outline.ToImmutable(), tagged, layout.BodyFontSize, pageCount));
    }

    /// <summary>
    /// A block taken for a repeat of other text that is numbered like a section ("2.1 Loading the package") is a heading
    /// that a table of contents repeats, not a pull quote: it stays body text.
    /// </summary>
    private static bool IsNumberedTitle(PdfTextBlock block, List<string> lines) =>
        block.Role == PdfBlockRole.DuplicateQuote && lines.Count <= 2 && Parse.HeadingNumber.Split(string.Join(' ', lines)).Number is not null;

    private static void Flatten(ImmutableArray<PdfOutlineItem> items, int level, ImmutableArray<OutlineEntry>.Builder into)
    {
        foreach (var item in items)
        {
            into.Add(new OutlineEntry(level, Flat(item.Title), item.Page));
            Flatten(item.Children, level + 1, into);
        }
    }

    /// <summary>A line never holds a line or page break of its own: they would cut the block the text stands for.</summary>
    private static string Flat(string text) =>
        text.AsSpan().IndexOfAny('\n', '\r', '\f') < 0 ? text.Trim() : text.Replace('\n', ' ').Replace('\r', ' ').Replace('\f', ' ').Trim();

    private static RegionRole Role(PdfBlockRole role) => role switch
    {
        PdfBlockRole.RunningHeader => RegionRole.RunningHeader,
        PdfBlockRole.RunningFooter => RegionRole.RunningFooter,
        PdfBlockRole.PageNumber => RegionRole.PageNumber,
        PdfBlockRole.RepeatedArtifact => RegionRole.RepeatedArtifact,
        PdfBlockRole.DuplicateQuote => RegionRole.DuplicateQuote,
        _ => RegionRole.Body,
    };
}
