namespace Ingest.Pdf.Layout;

/// <summary>
/// A document of one page has nothing that repeats across pages; only its page number is told, conservatively: a
/// block of one line that is a number of one to four digits, centred on the page, alone in the top or bottom band and
/// set apart from every other block by at least two of its font sizes.
/// </summary>
internal static partial class FurnitureDetector
{
    private static PdfPageLayout MarkLonePageNumber(PdfPageLayout page)
    {
        for (var b = 0; b < page.Blocks.Length; b++)
        {
            var block = page.Blocks[b];
            var band = BandOf(page, block.Box);
            if (band != 'M' && IsLoneNumber(page, b, band))
            {
                var reason = $"a lone number centred {(band == 'T' ? "at the top" : "at the bottom")} of the only page";
                return page with { Blocks = page.Blocks.SetItem(b, block with { Role = PdfBlockRole.PageNumber, RoleReason = reason }) };
            }
        }
        return page;
    }

    private static bool IsLoneNumber(PdfPageLayout page, int index, char band)
    {
        var block = page.Blocks[index];
        var text = block.Text;
        if (block.Lines.Length != 1 || text.Length is 0 or > 4 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        var box = block.Box;
        if (Math.Abs(((box.Left + box.Right) / 2) - (page.Width / 2)) > 0.05 * page.Width)
        {
            return false;
        }
        for (var other = 0; other < page.Blocks.Length; other++)
        {
            var near = page.Blocks[other].Box;
            var gap = Math.Max(near.Top - box.Bottom, box.Top - near.Bottom);
            if (other != index && (BandOf(page, near) == band || gap < 2 * block.FontSize))
            {
                return false;
            }
        }
        return true;
    }
}
