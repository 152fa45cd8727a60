namespace Ingest.Core.Model;

/// <summary>Where a block was printed: the page it starts on, its bounding box there, and the page it ends on.</summary>
/// <param name="Page">1-based page number of the block's first line.</param>
/// <param name="Box">The block's bounding box on <paramref name="Page"/>.</param>
/// <param name="LastPage">The page of its last line; later than <paramref name="Page"/> for a paragraph joined across a page break.</param>
public sealed record BlockOrigin(int Page, PageBox Box, int LastPage);
