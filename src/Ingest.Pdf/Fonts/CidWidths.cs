using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Fonts;

/// <summary>Widths of a CIDFont from /W and /DW (ISO 32000-1, 9.7.4.3), in text space units.</summary>
internal sealed class CidWidths(Dictionary<int, double> widths, double defaultWidth)
{
    private const int MaxRange = 65536;

    public double Width(int cid) => widths.TryGetValue(cid, out var w) ? w : defaultWidth;

    public static CidWidths Parse(PdfArray? array, double defaultWidth, Func<PdfObject?, PdfObject> resolve)
    {
        var widths = new Dictionary<int, double>();
        if (array is null)
        {
            return new CidWidths(widths, defaultWidth / 1000);
        }
        var items = array.Items.Select(resolve).ToList();
        for (var i = 0; i + 1 < items.Count;)
        {
            if (items[i] is not PdfNumber first)
            {
                i++;
                continue;
            }
            if (items[i + 1] is PdfArray list)
            {
                for (var k = 0; k < list.Count && k < MaxRange; k++)
                {
                    if (resolve(list[k]) is PdfNumber w)
                    {
                        widths[first.IntValue + k] = w.Value / 1000;
                    }
                }
                i += 2;
            }
            else if (i + 2 < items.Count && items[i + 1] is PdfNumber last && items[i + 2] is PdfNumber width)
            {
                for (var cid = first.IntValue; cid <= last.IntValue && cid - first.IntValue < MaxRange; cid++)
                {
                    widths[cid] = width.Value / 1000;
                }
                i += 3;
            }
            else
            {
                i++;
            }
        }
        return new CidWidths(widths, defaultWidth / 1000);
    }
}
