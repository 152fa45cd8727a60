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
    private const int MaxTitleWords = 16;
    private const double MinWrappedShare = 0.2;

    public static List<PlainTextLine> Join(List<PlainTextLine> lines)
    {
        var width = WrapWidth(lines);
        if (width == 0)
        {
            return JoinBrokenTitles(lines);
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
        return JoinBrokenTitles(joined);
    }

    /// <summary>
    /// In a text whose paragraphs are separated by blank lines, a paragraph of exactly two lines that both read like
    /// parts of a title (the first of four words or more) is one heading broken over two lines.
    /// </summary>
    private static List<PlainTextLine> JoinBrokenTitles(List<PlainTextLine> lines)
    {
        if (lines.Count(l => l.BlankBefore) * 2 < lines.Count)
        {
            return lines;
        }
        var result = new List<PlainTextLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var twoLineParagraph = i + 1 < lines.Count && (i == 0 || lines[i].BlankBefore) && !lines[i + 1].BlankBefore
                && (i + 2 >= lines.Count || lines[i + 2].BlankBefore);
            if (twoLineParagraph && TextCues.StartsLikeTitle(lines[i].Text) && IsTitlePart(lines[i].Text, 4) && IsTitlePart(lines[i + 1].Text, 1)
                && TextCues.Words(lines[i].Text) + TextCues.Words(lines[i + 1].Text) <= MaxTitleWords)
            {
                result.Add(lines[i] with { Text = lines[i].Text + " " + lines[i + 1].Text, Span = Span.Chars(lines[i].Span.Start, lines[i + 1].Span.End) });
                i++;
                continue;
            }
            result.Add(lines[i]);
        }
        return result;
    }

    private static bool IsTitlePart(string text, int minWords) =>
        TextCues.Words(text) >= minWords && TextCues.Words(text) <= MaxTitleWords && !TextCues.EndsLikeSentence(text)
        && !TextCues.HasLink(text) && !text.Any(char.IsDigit) && !TextCues.StartsWithQuote(text);

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
