namespace Ingest.Pdf.Layout;

/// <summary>
/// Turns a line's ordered glyphs into text pieces: one per glyph (with its combining marks) and single spaces
/// where the gap is a word gap. Pieces stay whole when a right-to-left line is reordered (ligatures like lam-alef).
/// </summary>
internal static class LinePieces
{
    private const double WordGap = 0.15;
    private const double CjkGap = 0.8;

    public static List<string> Build(List<PdfGlyph> glyphs, bool horizontal)
    {
        var pieces = new List<string>(glyphs.Count + 8);
        var letterGap = horizontal ? LetterGap(glyphs) : 0;
        PdfGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (previous is not null && IsOverprint(previous, glyph))
            {
                continue;
            }
            var text = LigatureExpander.Expand(glyph.Text);
            if (MarkPlacement.IsMark(text))
            {
                if (pieces.Count > 0 && pieces[^1] != " ")
                {
                    pieces[^1] = SpacingAccents.Attach(pieces[^1], text);
                }
                else
                {
                    pieces.Add(text);
                }
                continue;
            }
            var isSpace = ScriptClass.IsWhitespace(text);
            if (isSpace || (previous is not null && NeedsSpace(previous, glyph, horizontal, letterGap)))
            {
                if (pieces.Count > 0 && pieces[^1] != " ")
                {
                    pieces.Add(" ");
                }
            }
            if (!isSpace)
            {
                pieces.Add(text);
            }
            previous = glyph;
        }
        if (pieces.Count > 0 && pieces[^1] == " ")
        {
            pieces.RemoveAt(pieces.Count - 1);
        }
        return pieces;
    }

    /// <summary>Producers fake bold by painting the same glyph twice, slightly shifted.</summary>
    private static bool IsOverprint(PdfGlyph a, PdfGlyph b) =>
        a.Text == b.Text && Math.Abs(a.X - b.X) < 0.1 * Math.Max(1, a.FontSize) && Math.Abs(a.Y - b.Y) < 0.1 * Math.Max(1, a.FontSize);

    /// <summary>
    /// The line's usual gap between letters when its letters are spaced wider than a word gap (its 30th percentile
    /// of gaps; 0 for a short line or ordinary letter spacing): a word gap is then a letter gap plus most of a space.
    /// </summary>
    private static double LetterGap(List<PdfGlyph> glyphs)
    {
        if (glyphs.Count < 9)
        {
            return 0;
        }
        var gaps = new List<double>(glyphs.Count);
        var wide = 0;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var (a, b) = (glyphs[i - 1], glyphs[i]);
            if (!ScriptClass.IsWhitespace(a.Text) && !ScriptClass.IsWhitespace(b.Text) && !MarkPlacement.IsMark(b.Text))
            {
                var gap = b.X - (a.X + a.Advance);
                gaps.Add(gap);
                wide += gap > WordGap * Math.Max(1, b.FontSize) ? 1 : 0;
            }
        }
        // Most lines have tight letters: no sort needed when fewer than 70% of the gaps are wider than a word gap.
        if (gaps.Count < 8 || wide < 0.7 * gaps.Count)
        {
            return 0;
        }
        gaps.Sort();
        return Math.Max(0, gaps[(int)(0.3 * gaps.Count)]);
    }

    private static bool NeedsSpace(PdfGlyph a, PdfGlyph b, bool horizontal, double letterGap)
    {
        var gap = horizontal ? b.X - (a.X + a.Advance) : b.Y - (a.Y + a.Advance);
        var size = Math.Max(1, Math.Max(a.FontSize, b.FontSize));
        var cjk = ScriptClass.IsCjk(a.Text[^1]) || ScriptClass.IsCjk(b.Text[0]);
        if (gap < -size)
        {
            // Going back on the same line: separate text painted out of order.
            return true;
        }
        var shifted = Math.Abs(horizontal ? a.Y - b.Y : a.X - b.X) > 0.2 * size;
        var resized = Math.Abs(a.FontSize - b.FontSize) > 0.15 * size;
        if (shifted && resized && !cjk && gap > -0.05 * size)
        {
            // A superscript or subscript (footnote mark) is a word of its own, unless kerned into its
            // neighbour as in logos like LaTeX.
            return true;
        }
        return gap > ((cjk ? CjkGap : WordGap) * size) + letterGap;
    }
}
