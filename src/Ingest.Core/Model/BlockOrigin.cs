namespace Ingest.Core.Model;

/// <summary>Where a block was printed: the page it starts on, its bounding box there, and the page it ends on.</summary>
/// <param name="Page">1-based page number of the block's first line.</param>
/// <param name="Box">The block's bounding box on <paramref name="Page"/>.</param>
/// <param name="LastPage">The page of its last line; later than <paramref name="Page"/> for a paragraph joined across a page break.</param>
public sealed record BlockOrigin(int Page, PageBox Box, int LastPage)
{
    /// <summary>The origin of a block made of <paramref name="first"/> and the blocks up to <paramref name="last"/> (a list number and its text, a label and its value).</summary>
    public static BlockOrigin? Join(BlockOrigin? first, BlockOrigin? last) => (first, last) switch
    {
        (null, _) => last,
        (_, null) => first,
        _ when last.Page == first.Page => first with { Box = first.Box.Union(last.Box), LastPage = Math.Max(first.LastPage, last.LastPage) },
        _ => first with { LastPage = Math.Max(first.LastPage, last.LastPage) },
    };
}
