using System.Globalization;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Orders a line's glyphs left to right, putting each combining mark (Mn, Me) right after the base glyph it sits
/// on, so that a mark drawn slightly left or right of its base neither splits a word nor lands on a neighbour.
/// </summary>
internal static class MarkPlacement
{
    public static bool IsMark(string text)
    {
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                return false;
            }
        }
        return text.Length > 0;
    }

    public static List<PdfGlyph> LeftToRight(List<PdfGlyph> glyphs)
    {
        var bases = new List<PdfGlyph>(glyphs.Count);
        List<PdfGlyph>? marks = null;
        foreach (var glyph in glyphs)
        {
            if (IsMark(glyph.Text))
            {
                (marks ??= []).Add(glyph);
            }
            else
            {
                bases.Add(glyph);
            }
        }
        var ordered = bases.OrderBy(g => g.X).ToList();
        if (marks is null || ordered.Count == 0)
        {
            return marks is null ? ordered : [.. ordered, .. marks];
        }
        var attached = new List<PdfGlyph>?[ordered.Count];
        foreach (var mark in marks)
        {
            var index = BaseUnder(ordered, mark.X + (mark.Advance / 2));
            (attached[index] ??= []).Add(mark);
        }
        var result = new List<PdfGlyph>(glyphs.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            result.Add(ordered[i]);
            if (attached[i] is { } list)
            {
                result.AddRange(list);
            }
        }
        return result;
    }

    private static int BaseUnder(List<PdfGlyph> bases, double x)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < bases.Count; i++)
        {
            var left = bases[i].X;
            var right = left + bases[i].Advance;
            var distance = x < left ? left - x : x > right ? x - right : 0;
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
