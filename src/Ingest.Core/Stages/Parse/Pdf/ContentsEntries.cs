using System.Text.RegularExpressions;
using Ingest.Core.Model;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>Tells a line of a printed table of contents from the heading it points to.</summary>
/// <remarks>
/// A contents line repeats a heading's number and title, set like body text or like the heading itself, and ends in the
/// page number: after a leader of dots ("1 Introduction ........ 1", Texinfo, LaTeX with <c>\dotfill</c>), or flush
/// right on the same row as a block of its own (LaTeX and ConTeXt contents without leaders). Either way the line is a
/// pointer, not a section: counted as a heading, every section of a manual would open twice.
/// </remarks>
internal sealed partial class ContentsEntries
{
    private readonly ILookup<int, PdfChunk> _byPage;

    public ContentsEntries(IReadOnlyList<PdfChunk> chunks) => _byPage = chunks.Where(c => c.Region is not null).ToLookup(c => c.Region!.Page);

    /// <summary>
    /// True for a line ending in a leader and a page number, for a line with a page number on its row to its right, and
    /// for that page number itself when the line it belongs to is numbered (a bold chapter line of the contents has a
    /// bold page number).
    /// </summary>
    public bool IsEntry(PdfChunk chunk)
    {
        if (Leader().IsMatch(chunk.Text))
        {
            return true;
        }
        if (chunk.Region is not { } region)
        {
            return false;
        }
        var row = _byPage[region.Page].Where(other => !ReferenceEquals(other, chunk) && SameRow(region.Box, other.Region!.Box)).ToList();
        return row.Any(other => other.Region!.Box.Left >= region.Box.Right && PageNumber().IsMatch(other.Text))
            || (PageNumber().IsMatch(chunk.Text) && row.Any(other => other.Region!.Box.Right <= region.Box.Left && HeadingNumber.Split(other.Text).Number is not null));
    }

    private static bool SameRow(PageBox a, PageBox b) => Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) > 0.5 * Math.Min(a.Bottom - a.Top, b.Bottom - b.Top);

    /// <summary>Three or more dots (spaced or not) and then a page number, arabic or roman, at the end.</summary>
    [GeneratedRegex(@"(?:\.\s?){3,}\s*(?:\d{1,4}|[ivxlc]{1,6})$")]
    private static partial Regex Leader();

    /// <summary>A page number, or a column of them (the page numbers of a contents page set flush right form one block).</summary>
    [GeneratedRegex(@"^(?:\d{1,4}|[ivxlc]{1,6})(?:\s(?:\d{1,4}|[ivxlc]{1,6}))*$")]
    private static partial Regex PageNumber();
}
