using System.Globalization;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Orders a line's glyphs left to right, putting each combining mark (Mn, Me) right after the base glyph it sits
/// on, so that a mark drawn slightly left or right of its base neither splits a word nor lands on a neighbour.
/// A mark painted right after a left-to-right base whose advance it starts within (or ends at) belongs to that
/// base: shaping engines paint a cluster's marks after its base, and a Thai vowel sign drawn leftwards from the
/// base's end reaches into the next letter. Right-to-left runs are painted in visual order with each cluster's
/// marks before its base, so there, as for any other mark, the mark goes to the base under its middle.
/// </summary>
internal static class MarkPlacement
{
    public static bool IsMark(string text)
    {
        if (text.Length == 0 || text[0] < '\u0300')
        {
            return false;
        }
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
        if (IsPlainLeftToRight(glyphs))
        {
            return glyphs;
        }
        var bases = new List<PdfGlyph>(glyphs.Count);
        List<(PdfGlyph Mark, int Base)>? marks = null;
        List<PdfGlyph>? accents = null;
        foreach (var glyph in glyphs)
        {
            if (IsMark(glyph.Text))
            {
                (marks ??= []).Add((glyph, bases.Count > 0 && StartsWithin(glyph, bases[^1]) ? bases.Count - 1 : -1));
            }
            else if (SpacingAccents.Combining(glyph.Text) is not null)
            {
                (accents ??= []).Add(glyph);
            }
            else
            {
                bases.Add(glyph);
            }
        }
        foreach (var accent in accents ?? [])
        {
            // An accent drawn over a letter is that letter's mark; one standing alone stays a character.
            var center = accent.X + (accent.Advance / 2);
            if (bases.Exists(b => center > b.X && center < b.X + b.Advance && Math.Abs(b.Y - accent.Y) < b.FontSize))
            {
                (marks ??= []).Add((accent with { Text = SpacingAccents.Combining(accent.Text)!, Advance = 0, X = center }, -1));
            }
            else
            {
                bases.Add(accent);
            }
        }
        var order = Enumerable.Range(0, bases.Count).OrderBy(i => bases[i].X).ToList();
        var ordered = order.ConvertAll(i => bases[i]);
        if (marks is null || ordered.Count == 0)
        {
            return marks is null ? ordered : [.. ordered, .. marks.Select(m => m.Mark)];
        }
        var rank = new int[bases.Count];
        for (var i = 0; i < order.Count; i++)
        {
            rank[order[i]] = i;
        }
        var attached = new List<PdfGlyph>?[ordered.Count];
        foreach (var (mark, painter) in marks)
        {
            var index = painter >= 0 ? rank[painter] : BaseUnder(ordered, mark.X + (mark.Advance / 2));
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

    /// <summary>The mark starts inside the left-to-right base's advance (or at its end, where zero-width marks drawn leftwards start), on its line.</summary>
    private static bool StartsWithin(PdfGlyph mark, PdfGlyph letter) =>
        letter.Text.Length > 0 && !ScriptClass.IsRightToLeft(letter.Text[0]) && mark.X >= letter.X - (0.05 * letter.FontSize) && mark.X < letter.X + letter.Advance + (0.1 * letter.FontSize)
        && Math.Abs(mark.Y - letter.Y) < letter.FontSize;

    /// <summary>The common case: painted left to right, no marks; nothing to reorder.</summary>
    private static bool IsPlainLeftToRight(List<PdfGlyph> glyphs)
    {
        for (var i = 0; i < glyphs.Count; i++)
        {
            if ((i > 0 && glyphs[i].X < glyphs[i - 1].X) || IsMark(glyphs[i].Text)
                || SpacingAccents.Combining(glyphs[i].Text) is not null)
            {
                return false;
            }
        }
        return true;
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
