using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>Tells a block that stands in a row of short blocks side by side (a table's header cell, a form's label) from one that stands alone.</summary>
/// <remarks>A bold line of body size is a heading only when it stands alone: in a table, the bold header cells sit in one row with other short cells.</remarks>
internal sealed class TableCells
{
    /// <summary>A neighbour with more lines than this is running text (the other column), not a cell.</summary>
    private const int MaxCellLines = 2;

    private readonly ILookup<int, LayoutRegion> _byPage;

    public TableCells(DocumentLayout layout) =>
        _byPage = layout.Regions.Where(r => r.Role == RegionRole.Body).ToLookup(r => r.Page);

    public bool InRow(LayoutRegion region) => _byPage[region.Page].Any(other => !ReferenceEquals(other, region)
        && other.LineCount <= MaxCellLines && (other.Box.Left >= region.Box.Right || other.Box.Right <= region.Box.Left)
        && Overlap(region.Box, other.Box) > 0.5 * Math.Min(region.Box.Bottom - region.Box.Top, other.Box.Bottom - other.Box.Top));

    private static double Overlap(PageBox a, PageBox b) => Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
}
