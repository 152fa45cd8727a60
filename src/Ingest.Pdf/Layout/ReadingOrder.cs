namespace Ingest.Pdf.Layout;

/// <summary>
/// Orders a page's blocks for reading (after Breuel, "High performance document layout analysis", 2003): a block
/// comes before another it overlaps horizontally when it is above it, and before a block entirely to its right
/// (left, on right-to-left pages) when no third block lying between them vertically overlaps both (a full-width
/// title or figure separates column bands). The partial order is read top-most first; a cycle is broken the same way.
/// </summary>
internal static class ReadingOrder
{
    public static List<int> Sort(IReadOnlyList<PdfBox> boxes, bool rightToLeft)
    {
        var count = boxes.Count;
        var before = new bool[count, count];
        var predecessors = new int[count];
        for (var a = 0; a < count; a++)
        {
            for (var b = 0; b < count; b++)
            {
                if (a != b && Precedes(boxes, a, b, rightToLeft))
                {
                    before[a, b] = true;
                    predecessors[b]++;
                }
            }
        }
        var done = new bool[count];
        var order = new List<int>(count);
        while (order.Count < count)
        {
            var next = -1;
            for (var i = 0; i < count; i++)
            {
                if (!done[i] && predecessors[i] == 0 && (next < 0 || Earlier(boxes[i], boxes[next], rightToLeft)))
                {
                    next = i;
                }
            }
            if (next < 0)
            {
                for (var i = 0; i < count; i++)
                {
                    if (!done[i] && (next < 0 || Earlier(boxes[i], boxes[next], rightToLeft)))
                    {
                        next = i;
                    }
                }
            }
            done[next] = true;
            order.Add(next);
            for (var b = 0; b < count; b++)
            {
                if (before[next, b])
                {
                    predecessors[b]--;
                }
            }
        }
        return order;
    }

    private static bool Earlier(PdfBox a, PdfBox b, bool rightToLeft) =>
        a.Top < b.Top - 0.5 || (Math.Abs(a.Top - b.Top) <= 0.5 && (rightToLeft ? a.Right > b.Right : a.Left < b.Left));

    private static bool Precedes(IReadOnlyList<PdfBox> boxes, int a, int b, bool rightToLeft)
    {
        var boxA = boxes[a];
        var boxB = boxes[b];
        if (OverlapX(boxA, boxB))
        {
            return Middle(boxA) < Middle(boxB);
        }
        var aFirst = rightToLeft ? boxA.Left >= boxB.Right - Slack(boxA, boxB) : boxA.Right <= boxB.Left + Slack(boxA, boxB);
        if (!aFirst)
        {
            return false;
        }
        var low = Math.Min(Middle(boxA), Middle(boxB));
        var high = Math.Max(Middle(boxA), Middle(boxB));
        for (var c = 0; c < boxes.Count; c++)
        {
            var boxC = boxes[c];
            if (c != a && c != b && Middle(boxC) > low && Middle(boxC) < high && OverlapX(boxC, boxA) && OverlapX(boxC, boxB))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Boxes overlap horizontally by more than a sliver (italic overhangs and kerning do not count).</summary>
    private static bool OverlapX(PdfBox a, PdfBox b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > Slack(a, b);

    private static double Slack(PdfBox a, PdfBox b) => 0.1 * Math.Min(a.Height, b.Height);

    private static double Middle(PdfBox box) => (box.Top + box.Bottom) / 2;
}
