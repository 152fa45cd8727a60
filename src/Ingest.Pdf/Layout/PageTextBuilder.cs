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
        var horizontal = new List<PdfGlyph>(glyphs.Length);
        var vertical = new List<PdfGlyph>();
        SortedDictionary<double, List<PdfGlyph>>? rotated = null;
        foreach (var glyph in glyphs)
        {
            if (glyph.Text.Length == 0)
            {
                continue;
            }
            if (glyph.IsVertical)
            {
                vertical.Add(glyph);
            }
            else if (glyph.Angle == 0)
            {
                horizontal.Add(glyph);
            }
            else
            {
                rotated ??= [];
                var key = Math.Round(glyph.Angle);
                if (!rotated.TryGetValue(key, out var group))
                {
                    rotated[key] = group = [];
                }
                group.Add(glyph);
            }
        }
        var text = new StringBuilder();
        AppendLines(horizontal, text);
        foreach (var (angle, group) in rotated ?? [])
        {
            AppendLines(group.ConvertAll(g => TextFrame.Unrotate(g, angle)), text);
        }
        AppendVertical(vertical, text);
        return text.ToString();
    }

    private static void AppendLines(List<PdfGlyph> glyphs, StringBuilder text)
    {
        var lines = BaselineGrouper.Group(glyphs);
        var start = text.Length;
        TextLine? previous = null;
        foreach (var line in lines)
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
        if (text.Length > start)
        {
            text.Append('\n');
        }
    }

    /// <summary>A line ending in letter + hyphen continues on the next line; the hyphen is kept (part of compounds).</summary>
    private static bool EndsWithHyphenatedWord(StringBuilder text) =>
        text.Length >= 2 && text[^1] is '-' or '\u2010' && char.IsLetter(text[^2]);

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
