using System.Collections.Immutable;

namespace Ingest.Pdf.Layout;

/// <summary>One page: lines, gutters, blocks, reading order (asides beside the text they sit by) and each block's column; every block a body block.</summary>
internal static class PageAnalyzer
{
    public static PdfPageLayout Analyze(PdfPage page, PdfLayoutOptions options, DominantFont sizes)
    {
        var lines = LineBuilder.Build(page.Glyphs, options, out var gutters);
        var rightToLeft = 0;
        var characters = 0;
        var pageSizes = new DominantFont();
        foreach (var line in lines)
        {
            sizes.Add(line.Size, "", false, false, line.Characters);
            pageSizes.Add(line.Size, "", false, false, line.Characters);
            characters += line.Characters;
            foreach (var c in line.Line.Text)
            {
                rightToLeft += ScriptClass.IsRightToLeft(c) ? 1 : 0;
            }
        }
        var groups = BlockBuilder.Build(lines, options);
        var boxes = groups.ConvertAll(BoxOf);
        var isRightToLeft = rightToLeft * 2 > characters;
        var order = AsidePlacement.Place(ReadingOrder.Sort(boxes, isRightToLeft), boxes, groups.ConvertAll(SizeOf),
            pageSizes.Result().Size);
        var blocks = ImmutableArray.CreateBuilder<PdfTextBlock>(groups.Count);
        var columnCount = 1;
        foreach (var index in order)
        {
            var column = ColumnOf(boxes[index], gutters, isRightToLeft);
            columnCount = Math.Max(columnCount, column + 1);
            blocks.Add(Make(page.Number, groups[index], boxes[index], column));
        }
        return new PdfPageLayout(page.Number, page.Width, page.Height, columnCount, blocks.MoveToImmutable());
    }

    private static double SizeOf(List<LayoutLine> lines)
    {
        var fonts = new DominantFont();
        foreach (var line in lines)
        {
            fonts.Add(line.Size, "", false, false, line.Characters);
        }
        return fonts.Result().Size;
    }

    private static PdfBox BoxOf(List<LayoutLine> lines)
    {
        var box = lines[0].Box;
        foreach (var line in lines)
        {
            box = box.Union(line.Box);
        }
        return box;
    }

    /// <summary>0-based from the left (from the right on right-to-left pages); a block across a gutter is in column 0.</summary>
    private static int ColumnOf(PdfBox box, List<Gutter> gutters, bool rightToLeft)
    {
        var column = 0;
        foreach (var gutter in gutters)
        {
            if (gutter.Bottom < box.Top || gutter.Top > box.Bottom)
            {
                continue;
            }
            if (box.Left < gutter.Middle && gutter.Middle < box.Right)
            {
                return 0;
            }
            column += (rightToLeft ? box.Right < gutter.Middle : box.Left > gutter.Middle) ? 1 : 0;
        }
        return column;
    }

    private static PdfTextBlock Make(int page, List<LayoutLine> lines, PdfBox box, int column)
    {
        var fonts = new DominantFont();
        foreach (var line in lines)
        {
            fonts.Add(line.Size, line.Line.FontName, line.Line.IsBold, line.Line.IsItalic, line.Characters);
        }
        var (size, name, bold, italic) = fonts.Result();
        return new PdfTextBlock(page, box, [.. lines.Select(l => l.Line)], size, name, bold, italic, column,
            PdfBlockRole.Body, null);
    }
}
