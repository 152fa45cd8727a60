using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Splits text into its non-blank lines, remembering where blank lines separated them.</summary>
internal static class PlainTextLines
{
    public static List<PlainTextLine> Split(string text)
    {
        var lines = new List<PlainTextLine>();
        var start = 0;
        var blankBefore = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }
            var collapsed = Whitespace.Collapse(text[start..i]);
            if (collapsed.Length == 0)
            {
                blankBefore = lines.Count > 0;
            }
            else
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add(new PlainTextLine(collapsed, Span.Chars(start, end), blankBefore));
                blankBefore = false;
            }
            start = i + 1;
        }
        return lines;
    }
}
