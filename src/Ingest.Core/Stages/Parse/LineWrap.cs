using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Rejoins paragraphs that text exported from PDFs or mail breaks at a fixed width, so their first lines do not pass for headings.</summary>
/// <remarks>
/// A text is wrapped when its long lines end near one width (the 90th percentile of line lengths, 40–120 characters)
/// and many of them run on into the next line. A line then joins the one before it when that one reaches near the
/// width and the line itself is not heading-like (it starts in lower case, is long, or ends a sentence). Lines after a
/// blank line always start a new block.
/// </remarks>
internal static class LineWrap
{
    private const double NearWidth = 0.7;
    private const double FullWidth = 0.85;
    private const double MinWrappedShare = 0.2;

    public static List<PlainTextLine> Join(List<PlainTextLine> lines)
    {
        var width = WrapWidth(lines);
        if (width == 0)
        {
            return lines;
        }
        var joined = new List<PlainTextLine>(lines.Count);
        var lastPhysical = 0;
        foreach (var line in lines)
        {
            if (joined.Count > 0 && !line.BlankBefore && RunsOn(lastPhysical, line.Text, width))
            {
                var previous = joined[^1];
                var glue = previous.Text.EndsWith('-') && line.Text.Length > 0 && char.IsLower(line.Text[0]) ? string.Empty : " ";
                joined[^1] = previous with { Text = previous.Text + glue + line.Text, Span = Span.Chars(previous.Span.Start, line.Span.End) };
            }
            else
            {
                joined.Add(line);
            }
            lastPhysical = line.Text.Length;
        }
        return joined;
    }

    private static bool RunsOn(int previousLineLength, string next, int width)
    {
        if (previousLineLength < NearWidth * width || next.Length == 0)
        {
            return false;
        }
        // A short title-like line after a full one is a heading even without a blank line; body lines are long,
        // start in lower case, or close the paragraph with a sentence end.
        return char.IsLower(next[0]) || next.Length >= FullWidth * width && !TextCues.IsQuestion(next) || TextCues.EndsLikeSentence(next);
    }

    /// <summary>The width the text is wrapped at, or 0 when it is not wrapped.</summary>
    internal static int WrapWidth(IReadOnlyList<PlainTextLine> lines)
    {
        if (lines.Count < 10)
        {
            return 0;
        }
        var lengths = lines.Select(l => l.Text.Length).Order().ToList();
        var width = lengths[(int)(lengths.Count * 0.9)];
        if (width is < 40 or > 120)
        {
            return 0;
        }
        var runOn = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            runOn += lines[i].Text.Length >= NearWidth * width && lines[i].Text.Length <= width + 2 && !lines[i + 1].BlankBefore ? 1 : 0;
        }
        return runOn >= MinWrappedShare * lines.Count ? width : 0;
    }
}
