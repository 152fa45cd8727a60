namespace Ingest.Pdf.Layout;

/// <summary>
/// Groups glyphs into lines by baseline: first glyphs on the same baseline, then raised or lowered bits
/// (superscripts, footnote marks, accents set apart, a logo's lifted letter) join the larger line they touch.
/// </summary>
internal static class BaselineGrouper
{
    private const int MaxAttachedGlyphs = 3;

    /// <summary>Lines top to bottom; glyphs in each line in content order, attached bits after them.</summary>
    public static List<TextLine> Group(IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<TextLine>();
        TextLine? recent = null;
        foreach (var glyph in glyphs)
        {
            // Glyphs mostly come line by line: the line of the previous glyph is the first guess.
            var line = recent is not null && recent.Accepts(glyph) ? recent : FindLine(lines, glyph);
            if (line is null)
            {
                line = new TextLine(glyph.Y, glyph.FontSize);
                lines.Add(line);
            }
            line.Add(glyph);
            recent = line;
        }
        var sorted = lines.OrderBy(l => l.Baseline).ToList();
        return Attach(sorted);
    }

    private static List<TextLine> Attach(List<TextLine> lines)
    {
        var absorbed = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var small = lines[i];
            TextLine? target = null;
            for (var step = -1; step <= 1 && target is null; step += 2)
            {
                for (var j = i + step; j >= 0 && j < lines.Count; j += step)
                {
                    var other = lines[j];
                    var reach = 0.5 * Math.Max(small.Size, other.Size);
                    if (Math.Abs(other.Baseline - small.Baseline) >= reach)
                    {
                        break;
                    }
                    if (!absorbed[j] && IsBitOf(small, other) && other.Touches(small.Left, small.Right, 0.5 * other.Size))
                    {
                        target = other;
                        break;
                    }
                }
            }
            if (target is not null)
            {
                target.Absorb(small);
                absorbed[i] = true;
            }
        }
        var result = new List<TextLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!absorbed[i])
            {
                result.Add(lines[i]);
            }
        }
        return result;
    }

    /// <summary>Smaller text, or a few glyphs beside a longer line.</summary>
    private static bool IsBitOf(TextLine small, TextLine line) =>
        small.Size < 0.9 * line.Size || (small.Glyphs.Count <= MaxAttachedGlyphs && line.Glyphs.Count > small.Glyphs.Count);

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
}
