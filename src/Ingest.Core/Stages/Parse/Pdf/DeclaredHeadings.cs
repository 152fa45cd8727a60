using Ingest.Core.Model;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>The headings a PDF declares (bookmarks, then tagged-structure headings) matched to blocks by title and page.</summary>
/// <remarks>
/// A bookmark names a heading's title and level as the author set them, so it is the strongest evidence there is; a
/// tagged heading (StructTreeRoot H1..H6) is next. Titles are compared without case, punctuation or printed number;
/// where the entry names a page, the block must stand on it or the page after (bookmarks often point just above a heading
/// at a page end). Each entry matches one block, the first in reading order.
/// </remarks>
internal sealed class DeclaredHeadings
{
    private readonly List<(OutlineEntry Entry, string Key, string Bare)> _open;

    public DeclaredHeadings(DocumentLayout layout)
    {
        var entries = layout.Outline.Length > 0 ? layout.Outline : layout.TaggedHeadings;
        _open = [.. entries.Where(e => e.Title.Length > 0).Select(e => (e, TitleMatcher.Key(e.Title), TitleMatcher.Key(HeadingNumber.Split(e.Title).Title)))];
    }

    public bool IsEmpty => _open.Count == 0;

    /// <summary>The level of the declared heading <paramref name="text"/> printed on <paramref name="page"/> is, or null; a match is used up.</summary>
    public int? Match(string text, int page)
    {
        if (_open.Count == 0 || text.Length > 300)
        {
            return null;
        }
        var key = TitleMatcher.Key(text);
        var bare = TitleMatcher.Key(HeadingNumber.Split(text).Title);
        if (key.Length == 0)
        {
            return null;
        }
        for (var i = 0; i < _open.Count; i++)
        {
            var (entry, entryKey, entryBare) = _open[i];
            var onPage = entry.Page is not { } p || page == p || page == p + 1;
            if (onPage && (key == entryKey || bare == entryBare || (entry.Page is not null && TitleMatcher.SameKeys(bare, entryBare))))
            {
                _open.RemoveAt(i);
                return entry.Level;
            }
        }
        return null;
    }
}
