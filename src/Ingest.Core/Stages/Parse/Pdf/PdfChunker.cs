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
            var span = Span.Chars(start, trimmed);
            var regions = layout.Overlapping(document.ToSource(span)).Where(r => r.Role == RegionRole.Body).ToList();
            var origin = regions.Count == 0 ? null : regions.Skip(1).Aggregate(
                new BlockOrigin(regions[0].Page, regions[0].Box, regions[0].Page), (o, r) => BlockOrigin.Join(o, new BlockOrigin(r.Page, r.Box, r.Page))!);
            chunks.Add(new PdfChunk(JoinLines(text.AsSpan(start, trimmed - start)), span, regions.FirstOrDefault(), origin, regions.Count));
            start = end;
        }
        return chunks;
    }

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
