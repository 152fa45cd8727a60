using System.Collections.Immutable;
using System.Text;

namespace Ingest.Pdf.Layout;

/// <summary>
/// The plain text of one page from its layout (<see cref="PageAnalyzer"/>): blocks in reading order, lines one per
/// line, a blank line where a block starts after a wide gap or in another column. A line ending in letter + hyphen
/// runs on into a next line that starts in lower case; the hyphen is kept (it may belong to a compound).
/// </summary>
internal static class PageTextBuilder
{
    private static readonly PdfLayoutOptions Defaults = new();

    public static string Build(ImmutableArray<PdfGlyph> glyphs) =>
        Build(PageAnalyzer.Analyze(new PdfPage(0, 0, 0, 0, glyphs), Defaults, new DominantFont()));

    public static string Build(PdfPageLayout page)
    {
        var text = new StringBuilder();
        PdfTextBlock? previous = null;
        foreach (var block in page.Blocks)
        {
            if (previous is not null)
            {
                var below = block.Box.Top >= previous.Box.Bottom - (0.5 * block.FontSize)
                    && block.Box.Left < previous.Box.Right && previous.Box.Left < block.Box.Right;
                var gap = block.Box.Top - previous.Box.Bottom;
                text.Append(below && gap <= block.FontSize ? "\n" : "\n\n");
            }
            for (var i = 0; i < block.Lines.Length; i++)
            {
                var line = block.Lines[i].Text;
                if (i > 0 && !(EndsWithHyphenatedWord(text) && char.IsLower(line[0])))
                {
                    text.Append('\n');
                }
                text.Append(line);
            }
            previous = block;
        }
        if (text.Length > 0)
        {
            text.Append('\n');
        }
        return text.ToString();
    }

    private static bool EndsWithHyphenatedWord(StringBuilder text) =>
        text.Length >= 2 && text[^1] is '-' or '\u2010' && char.IsLetter(text[^2]);
}
