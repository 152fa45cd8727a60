namespace Ingest.Pdf.Layout;

/// <summary>
/// Moves asides (margin notes, sidebars) next to the text they sit beside: a block in smaller type than the page's
/// body, in a column of the page that holds no body-size text, is read right after the body block beside its top
/// (the paragraph whose lines run level with the note's first line) rather than after the whole column band, as
/// <see cref="ReadingOrder"/> would read it. An aside that goes on right below another (a sidebar's title and its
/// text) follows it. Asides with nothing beside their top (a running header in small type) keep their place.
/// Nothing here depends on the side: a note in the left margin or on a right-to-left page is placed the same way.
/// </summary>
internal static class AsidePlacement
{
    /// <summary>Type at most this share of the body size is smaller (LaTeX's \small beside 11 pt is 0.91).</summary>
    public const double SmallerType = 0.95;

    /// <summary>An aside goes on from the one above it across at most this many of its font sizes.</summary>
    private const double ContinuationGap = 2;

    /// <param name="order">Block indices in reading order.</param>
    /// <param name="boxes">Each block's box.</param>
    /// <param name="sizes">Each block's dominant font size.</param>
    /// <param name="bodySize">The page's dominant font size.</param>
    public static List<int> Place(List<int> order, IReadOnlyList<PdfBox> boxes, IReadOnlyList<double> sizes, double bodySize)
    {
        var isAside = new bool[boxes.Count];
        var any = false;
        for (var b = 0; b < boxes.Count; b++)
        {
            isAside[b] = IsAsideCandidate(b, boxes, sizes, bodySize);
            any |= isAside[b];
        }
        if (!any)
        {
            return order;
        }
        // Each aside hangs after the block it follows: its anchor, or the aside it goes on from.
        var following = new Dictionary<int, List<int>>();
        var placed = new bool[boxes.Count];
        foreach (var aside in order.Where(b => isAside[b]).OrderBy(b => boxes[b].Top).ThenBy(b => boxes[b].Left))
        {
            var after = Continued(aside, order, boxes, sizes, isAside, placed) ?? Anchor(aside, order, boxes, sizes, bodySize);
            if (after is not { } target)
            {
                continue;
            }
            if (!following.TryGetValue(target, out var list))
            {
                following[target] = list = [];
            }
            list.Add(aside);
            placed[aside] = true;
        }
        var result = new List<int>(order.Count);
        foreach (var index in order.Where(b => !placed[b]))
        {
            Emit(index, following, result);
        }
        return result;
    }

    private static void Emit(int index, Dictionary<int, List<int>> following, List<int> result)
    {
        result.Add(index);
        foreach (var next in following.GetValueOrDefault(index) ?? [])
        {
            Emit(next, following, result);
        }
    }

    /// <summary>Smaller type, and no block of body-size type has its middle within the block's width (its column holds no body text).</summary>
    private static bool IsAsideCandidate(int b, IReadOnlyList<PdfBox> boxes, IReadOnlyList<double> sizes, double bodySize)
    {
        if (sizes[b] > SmallerType * bodySize)
        {
            return false;
        }
        var box = boxes[b];
        for (var other = 0; other < boxes.Count; other++)
        {
            var middle = (boxes[other].Left + boxes[other].Right) / 2;
            if (other != b && sizes[other] > SmallerType * bodySize && middle >= box.Left && middle <= box.Right)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The aside already placed that this one goes on from: just above it, overlapping it horizontally.</summary>
    private static int? Continued(int aside, List<int> order, IReadOnlyList<PdfBox> boxes, IReadOnlyList<double> sizes,
        bool[] isAside, bool[] placed)
    {
        var box = boxes[aside];
        int? best = null;
        foreach (var other in order)
        {
            var above = boxes[other];
            var gap = box.Top - above.Bottom;
            if (other != aside && isAside[other] && placed[other] && Overlap(above, box) > 0
                && gap > -0.5 * sizes[aside] && gap <= ContinuationGap * Math.Max(sizes[aside], sizes[other])
                && (best is null || above.Bottom > boxes[best.Value].Bottom))
            {
                best = other;
            }
        }
        return best;
    }

    /// <summary>
    /// The block of body-size type whose lines run level with the aside's top: of those spanning its top (half a size
    /// of slack, as a smaller first line on the same baseline starts a little lower), the one starting lowest that
    /// shares every body-size block above or below the aside (a wrapping paragraph spans both). Small type beside
    /// small type (an index in three columns) is no aside, nor is small type in a column of body text of its own (a
    /// table's caption or a stray footnote mark in the other column of a two-column page).
    /// </summary>
    private static int? Anchor(int aside, List<int> order, IReadOnlyList<PdfBox> boxes, IReadOnlyList<double> sizes, double bodySize)
    {
        var top = boxes[aside].Top;
        var size = sizes[aside];
        int? best = null;
        foreach (var other in order)
        {
            var box = boxes[other];
            if (sizes[other] > SmallerType * bodySize && box.Top <= top + (0.5 * size) && box.Bottom >= top
                && (best is null || box.Top > boxes[best.Value].Top) && !HasColumnOfItsOwn(aside, other, boxes, sizes, bodySize))
            {
                best = other;
            }
        }
        return best;
    }

    /// <summary>Some body-size block overlaps the aside horizontally but not the anchor: the aside sits in another column of body text.</summary>
    private static bool HasColumnOfItsOwn(int aside, int anchor, IReadOnlyList<PdfBox> boxes, IReadOnlyList<double> sizes, double bodySize)
    {
        for (var other = 0; other < boxes.Count; other++)
        {
            if (other != anchor && other != aside && sizes[other] > SmallerType * bodySize
                && Overlap(boxes[other], boxes[aside]) > 0 && Overlap(boxes[other], boxes[anchor]) <= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static double Overlap(PdfBox a, PdfBox b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
}
