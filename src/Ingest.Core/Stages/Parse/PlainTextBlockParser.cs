using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Splits plain text into line blocks and tells headings, list items, quotes, links and paragraphs apart.</summary>
/// <remarks>
/// Text copied from web pages and PDFs keeps one block per line. A line is a heading when it is numbered like a
/// section ("2.1 Priority areas"), or short, title-like and followed by longer body text or a list, or a question
/// standing alone. Bullets and bare numbers are list markers. A cluster of very short lines at the top of a page
/// whose paragraphs are otherwise separated by blank lines is its navigation menu.
/// </remarks>
public sealed partial class PlainTextBlockParser(ParseOptions options)
{
    /// <summary>Body lines at least this long that stop mid-sentence continue on the next line.</summary>
    private const int MinRunOnLength = 80;

    public ImmutableArray<Block> Parse(string text)
    {
        var lines = LineWrap.Join(PlainTextLines.Split(text));
        var blocks = ImmutableArray.CreateBuilder<Block>(lines.Count);
        var navigationEnd = NavigationEnd(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i < navigationEnd)
            {
                blocks.Add(new Block(BlockKind.Boilerplate, line.Text, line.Span, Note: "navigation menu at the top of the page"));
                continue;
            }
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            var previous = i > navigationEnd ? lines[i - 1] : null;
            blocks.Add(Classify(line, previous, next));
        }
        return BlockRefiner.Refine(NumberedLists.Demote(blocks.ToImmutable()));
    }

    /// <summary>Classifies one of a text's lines already joined into paragraphs (a PDF's blocks) with the plain-text cues and its neighbours.</summary>
    internal Block Classify(IReadOnlyList<PlainTextLine> lines, int index) =>
        Classify(lines[index], index > 0 ? lines[index - 1] : null, index + 1 < lines.Count ? lines[index + 1] : null);

    private Block Classify(PlainTextLine line, PlainTextLine? previous, PlainTextLine? next)
    {
        var text = line.Text;
        if (MarkedBlock(text, line.Span) is { } marked)
        {
            return marked;
        }
        var words = TextCues.Words(text);
        if (text.Length > options.MaxHeadingLength || words > options.MaxHeadingWords || TextCues.IsBareNumber(text))
        {
            return new Block(BlockKind.Paragraph, text, line.Span);
        }
        var (number, title) = HeadingNumber.Split(text);
        if (number is not null && TextCues.StartsLikeTitle(title) && !TextCues.EndsLikeSentence(title))
        {
            return new Block(BlockKind.Heading, title, line.Span, 0, number);
        }
        return IsHeading(text, words, next) && !ContinuesSentence(previous) && !SentenceInside().IsMatch(text)
            ? new Block(BlockKind.Heading, text.TrimEnd(':'), line.Span)
            : new Block(BlockKind.Paragraph, text, line.Span);
    }

    /// <summary>A list item (bullet or list number), a quote or a short line of links, told by its text alone; else null.</summary>
    internal static Block? MarkedBlock(string text, Span span)
    {
        var bullet = Bullet().Match(text);
        if (bullet.Success)
        {
            var item = bullet.Groups["text"].Value;
            var numbered = NumberedItem().Match(item);
            return numbered.Success
                ? new Block(BlockKind.ListItem, numbered.Groups["text"].Value, span, 1, numbered.Groups["n"].Value, bullet.Groups["marker"].Value)
                : new Block(BlockKind.ListItem, item, span, 1, Marker: bullet.Groups["marker"].Value);
        }
        if (TextCues.StartsWithQuote(text))
        {
            return new Block(BlockKind.Quote, text, span);
        }
        return TextCues.HasLink(text) && TextCues.Words(text) <= 10
            ? new Block(BlockKind.LinkLine, text, span, Links: TextCues.LinksIn(text))
            : null;
    }

    /// <summary>The list marker a line starts with ("•", "-", "(2)", "a)"), or null.</summary>
    internal static string? BulletOf(string line)
    {
        var bullet = Bullet().Match(line);
        return bullet.Success ? bullet.Groups["marker"].Value : null;
    }

    private bool IsHeading(string text, int words, PlainTextLine? next)
    {
        var nextIsList = next is not null && (Bullet().IsMatch(next.Text) || TextCues.IsBareNumber(next.Text));
        if (nextIsList && text.EndsWith(':') && words <= 3 && TextCues.StartsLikeTitle(text))
        {
            return true;
        }
        if (!TextCues.StartsLikeTitle(text) || TextCues.EndsLikeSentence(text) || TextCues.LooksLikeAttribution(text))
        {
            return false;
        }
        if (next is null)
        {
            return words <= options.MaxShortLineWords;
        }
        if (char.IsLower(next.Text[0]))
        {
            // The sentence runs on past a stray line break.
            return false;
        }
        if (TextCues.IsQuestion(text))
        {
            return true;
        }
        if (nextIsList)
        {
            return words <= options.MaxShortLineWords;
        }
        var nextIsBody = next.Text.Length > text.Length && TextCues.Words(next.Text) > words;
        var standsAlone = words <= options.MaxShortLineWords && IsShortNeighbour(next);
        return nextIsBody || standsAlone;
    }

    private bool IsShortNeighbour(PlainTextLine next) =>
        TextCues.Words(next.Text) <= options.MaxShortLineWords && !TextCues.EndsLikeSentence(next.Text);

    /// <summary>A long body line that stops mid-sentence runs on into the next line, as at a PDF page break.</summary>
    private static bool ContinuesSentence(PlainTextLine? previous) =>
        previous is not null && previous.Text.Length >= MinRunOnLength && !TextCues.EndsLikeSentence(previous.Text)
        && !TextCues.EndsWithQuestion(previous.Text) && HeadingNumber.Split(previous.Text).Number is null
        && !TextCues.StartsWithQuote(previous.Text) && !TextCues.HasLink(previous.Text);

    /// <summary>End of a leading cluster of one-to-three-word lines with no blank line between them, in a text that otherwise separates paragraphs by blank lines.</summary>
    private static int NavigationEnd(IReadOnlyList<PlainTextLine> lines)
    {
        var blankSeparated = lines.Count(l => l.BlankBefore);
        if (blankSeparated < 3)
        {
            return 0;
        }
        var end = 0;
        while (end < lines.Count && TextCues.Words(lines[end].Text) <= 3 && !TextCues.EndsLikeSentence(lines[end].Text)
            && (end == 0 || !lines[end].BlankBefore))
        {
            end++;
        }
        var closedByBlank = end < lines.Count && lines[end].BlankBefore;
        return end >= 2 && closedByBlank ? end : 0;
    }

    [GeneratedRegex(@"^(?<marker>[•◆◇▪▫●○■□►▸‣⁃✓✔→·]|[-*–](?=\s)|\(\d{1,2}\)|\d{1,2}\)|\(?[a-z]\))\s*(?<text>\S.*)$")]
    private static partial Regex Bullet();

    /// <summary>One sentence ending and the next starting inside the line: body text, not a title.</summary>
    [GeneratedRegex(@"\p{Ll}{2}[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"^(?<n>\d{1,2})\**\s+(?<text>\S.*)$")]
    private static partial Regex NumberedItem();
}
