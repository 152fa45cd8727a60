namespace Ingest.Pdf.Layout;

/// <summary>Groups glyphs into lines by baseline, tolerating superscripts and footnote marks.</summary>
internal static class BaselineGrouper
{
    /// <summary>Lines top to bottom; glyphs in each line in content order.</summary>
    public static List<TextLine> Group(IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<TextLine>();
        foreach (var glyph in glyphs)
        {
            var line = FindLine(lines, glyph);
            if (line is null)
            {
                line = new TextLine(glyph.Y, glyph.FontSize);
                lines.Add(line);
            }
            line.Add(glyph);
        }
        return [.. lines.OrderBy(l => l.Baseline)];
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
}
