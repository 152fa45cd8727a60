using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>Splits a PDF's repaired text at blank lines and finds, through the text map, the layout regions each stretch was printed in.</summary>
internal static class PdfChunker
{
    public static List<PdfChunk> Split(Document document, DocumentLayout layout)
    {
        var text = document.Text;
        var chunks = new List<PdfChunk>();
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            if (start >= text.Length)
            {
                break;
            }
            var end = BlankLine(text, start);
            var trimmed = end;
            while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1]))
            {
                trimmed--;
            }
            foreach (var (from, to) in ListItems(text, start, trimmed))
            {
                chunks.Add(Chunk(document, layout, from, to));
            }
            start = end;
        }
        return chunks;
    }

    private static PdfChunk Chunk(Document document, DocumentLayout layout, int start, int end)
    {
        var span = Span.Chars(start, end);
        var regions = layout.Overlapping(document.ToSource(span)).Where(r => r.Role == RegionRole.Body).ToList();
        var origin = regions.Count == 0 ? null : regions.Skip(1).Aggregate(
            new BlockOrigin(regions[0].Page, regions[0].Box, regions[0].Page), (o, r) => BlockOrigin.Join(o, new BlockOrigin(r.Page, r.Box, r.Page))!);
        return new PdfChunk(JoinLines(document.Text.AsSpan(start, end - start)), span, regions.FirstOrDefault(), origin, regions.Count);
    }

    /// <summary>
    /// A block whose lines start list items is split before each: at a bullet glyph, or at the marker the block's first
    /// line starts with. A dash or a letter in brackets at the start of a wrapped line is not enough on its own.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ListItems(string text, int start, int end)
    {
        var first = Parse.PlainTextBlockParser.BulletOf(text[start..LineEnd(text, start, end)]);
        var from = start;
        for (var i = text.IndexOf('\n', start, end - start); i >= 0; i = text.IndexOf('\n', i + 1, end - i - 1))
        {
            var line = text[(i + 1)..LineEnd(text, i + 1, end)];
            var marker = Parse.PlainTextBlockParser.BulletOf(line);
            if (marker is not null && (marker == first || IsGlyph(marker)))
            {
                yield return (from, i);
                from = i + 1;
            }
            if (i + 1 >= end)
            {
                break;
            }
        }
        yield return (from, end);
    }

    private static int LineEnd(string text, int start, int end)
    {
        var cut = text.IndexOf('\n', start, end - start);
        return cut < 0 ? end : cut;
    }

    private static bool IsGlyph(string marker) => marker.Length == 1 && "•◦▪▫●○■□►▸‣⁃✓✔→·◆◇".Contains(marker[0]);

    /// <summary>Where the next blank line (a line feed, optional spaces, a line feed) starts, or the end of the text.</summary>
    private static int BlankLine(string text, int from)
    {
        for (var i = text.IndexOf('\n', from); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r')
            {
                j++;
            }
            if (j < text.Length && text[j] == '\n')
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>The printed lines as one line: a space where a line broke, none between two characters of a script written without spaces.</summary>
    internal static string JoinLines(ReadOnlySpan<char> lines)
    {
        var builder = new System.Text.StringBuilder(lines.Length);
        var (gap, lineBreak) = (false, false);
        foreach (var c in lines)
        {
            if (char.IsWhiteSpace(c))
            {
                gap |= builder.Length > 0;
                lineBreak |= c == '\n';
                continue;
            }
            if (gap && !(lineBreak && WithoutSpaces(builder[^1]) && WithoutSpaces(c)))
            {
                builder.Append(' ');
            }
            (gap, lineBreak) = (false, false);
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Han, kana and CJK punctuation: lines of these scripts break between characters, not between words.</summary>
    private static bool WithoutSpaces(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
