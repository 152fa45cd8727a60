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
        List<PdfGlyph>? marks = null;
        List<PdfGlyph>? accents = null;
        foreach (var glyph in glyphs)
        {
            if (IsMark(glyph.Text))
            {
                (marks ??= []).Add(glyph);
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
                (marks ??= []).Add(accent with { Text = SpacingAccents.Combining(accent.Text)!, Advance = 0, X = center });
            }
            else
            {
                bases.Add(accent);
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
