using System.Collections.Immutable;
using System.Text;

namespace Ingest.Pdf.Layout;

/// <summary>
/// A simple reading order: glyphs grouped into lines by baseline, lines top to bottom, glyphs left to right,
/// spaces where gaps are wide (not between CJK characters), right-to-left lines put back in logical order.
/// </summary>
internal static class PageTextBuilder
{
    private const double WordGap = 0.15;
    private const double CjkGap = 0.8;

    public static string Build(ImmutableArray<PdfGlyph> glyphs)
    {
        var lines = new List<TextLine>();
        var vertical = new List<PdfGlyph>();
        foreach (var glyph in glyphs)
        {
            if (glyph.Text.Length == 0)
            {
                continue;
            }
            if (glyph.IsVertical)
            {
                vertical.Add(glyph);
                continue;
            }
            var line = FindLine(lines, glyph);
            if (line is null)
            {
                line = new TextLine(glyph.Y, glyph.FontSize);
                lines.Add(line);
            }
            line.Add(glyph);
        }
        var text = new StringBuilder();
        double? previousBaseline = null;
        foreach (var line in lines.OrderBy(l => l.Baseline))
        {
            if (previousBaseline is { } last && line.Baseline - last > 2.0 * line.Size && text.Length > 0)
            {
                text.Append('\n');
            }
            previousBaseline = line.Baseline;
            var ordered = MarkPlacement.LeftToRight(line.Glyphs);
            text.Append(BidiReorder.ToLogical(Join(ordered, horizontal: true))).Append('\n');
        }
        AppendVertical(vertical, text);
        return text.ToString();
    }

    private static TextLine? FindLine(List<TextLine> lines, PdfGlyph glyph)
    {
        for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 64; i--)
        {
            if (lines[i].Accepts(glyph))
            {
                return lines[i];
            }
        }
        return null;
    }

    /// <summary>Vertical text: columns right to left, glyphs top to bottom.</summary>
    private static void AppendVertical(List<PdfGlyph> glyphs, StringBuilder text)
    {
        var columns = glyphs.GroupBy(g => Math.Round(g.X / Math.Max(1, g.FontSize))).OrderByDescending(c => c.Key);
        foreach (var column in columns)
        {
            text.Append(Join(column.OrderBy(g => g.Y).ToList(), horizontal: false)).Append('\n');
        }
    }

    private static string Join(List<PdfGlyph> glyphs, bool horizontal)
    {
        var text = new StringBuilder();
        PdfGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (previous is not null && IsOverprint(previous, glyph))
            {
                continue;
            }
            var glyphText = LigatureExpander.Expand(glyph.Text);
            var isSpace = ScriptClass.IsWhitespace(glyphText);
            if (MarkPlacement.IsMark(glyphText))
            {
                text.Append(glyphText);
                continue;
            }
            if (previous is not null && !isSpace && NeedsSpace(previous, glyph, horizontal) && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
            if (isSpace)
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(glyphText);
            }
            previous = glyph;
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>Producers fake bold by painting the same glyph twice, slightly shifted.</summary>
    private static bool IsOverprint(PdfGlyph a, PdfGlyph b) =>
        a.Text == b.Text && Math.Abs(a.X - b.X) < 0.1 * Math.Max(1, a.FontSize) && Math.Abs(a.Y - b.Y) < 0.1 * Math.Max(1, a.FontSize);

    private static bool NeedsSpace(PdfGlyph a, PdfGlyph b, bool horizontal)
    {
        var gap = horizontal ? b.X - (a.X + a.Advance) : b.Y - (a.Y + a.Advance);
        var size = Math.Max(1, Math.Max(a.FontSize, b.FontSize));
        var cjk = ScriptClass.IsCjk(a.Text[^1]) || ScriptClass.IsCjk(b.Text[0]);
        if (gap < -size)
        {
            // Going back on the same line: separate text painted out of order.
            return true;
        }
        return gap > (cjk ? CjkGap : WordGap) * size;
    }
}
