using System.Collections.Immutable;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Groups consecutive lines into blocks: a line joins the block above it when it follows at normal line spacing,
/// in the same font size and weight, and overlaps it horizontally.
/// </summary>
internal static class BlockBuilder
{
    public static List<PdfTextBlock> Build(int page, IReadOnlyList<LayoutLine> lines, PdfLayoutOptions options)
    {
        var blocks = new List<PdfTextBlock>();
        var current = new List<LayoutLine>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && !Continues(current[^1], line, options))
            {
                blocks.Add(Make(page, current));
                current = [];
            }
            current.Add(line);
        }
        if (current.Count > 0)
        {
            blocks.Add(Make(page, current));
        }
        return blocks;
    }

    private static bool Continues(LayoutLine above, LayoutLine line, PdfLayoutOptions options)
    {
        var size = Math.Max(above.Size, line.Size);
        var gap = line.Baseline - above.Baseline;
        if (gap <= 0 || gap > options.MaxLineSpacing * size)
        {
            return false;
        }
        if (Math.Abs(above.Size - line.Size) > options.FontSizeTolerance * size || above.Line.IsBold != line.Line.IsBold)
        {
            return false;
        }
        return line.Box.Left < above.Box.Right && above.Box.Left < line.Box.Right;
    }

    public static PdfTextBlock Make(int page, IReadOnlyList<LayoutLine> lines, int column = 0)
    {
        var fonts = new DominantFont();
        var box = lines[0].Box;
        foreach (var line in lines)
        {
            box = box.Union(line.Box);
            fonts.Add(line.Size, line.Line.FontName, line.Line.IsBold, line.Line.IsItalic, line.Characters);
        }
        var (size, name, bold, italic) = fonts.Result();
        return new PdfTextBlock(page, box, [.. lines.Select(l => l.Line)], size, name, bold, italic, column,
            PdfBlockRole.Body, null);
    }
}
