using System.Collections.Immutable;
using System.Text;

namespace Ingest.Pdf.Layout;

/// <summary>
/// A simple reading order: glyphs grouped into lines by baseline, lines top to bottom, glyphs left to right,
/// spaces where gaps are wide (not between CJK characters), right-to-left lines put back in logical order.
/// </summary>
internal static class PageTextBuilder
{
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
        TextLine? previous = null;
        foreach (var line in lines.OrderBy(l => l.Baseline))
        {
            var lineText = BidiReorder.ToLogical(LinePieces.Build(MarkPlacement.LeftToRight(line.Glyphs), horizontal: true));
            if (lineText.Length == 0)
            {
                continue;
            }
            if (previous is not null)
            {
                var gap = line.Baseline - previous.Baseline;
                if (!(gap < 1.6 * line.Size && EndsWithHyphenatedWord(text) && char.IsLower(lineText[0])))
                {
                    text.Append(gap > 2.0 * line.Size ? "\n\n" : "\n");
                }
            }
            text.Append(lineText);
            previous = line;
        }
        if (text.Length > 0)
        {
            text.Append('\n');
        }
        AppendVertical(vertical, text);
        return text.ToString();
    }

    /// <summary>A line ending in letter + hyphen continues on the next line; the hyphen is kept (part of compounds).</summary>
    private static bool EndsWithHyphenatedWord(StringBuilder text) =>
        text.Length >= 2 && text[^1] is '-' or '\u2010' && char.IsLetter(text[^2]);

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
            text.Append(string.Concat(LinePieces.Build(column.OrderBy(g => g.Y).ToList(), horizontal: false))).Append('\n');
        }
    }
}
