using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Splits plain text into line blocks and tells headings, list items and paragraphs apart.</summary>
/// <remarks>
/// Text copied from web pages and PDFs keeps one block per line. A line is a heading when it is numbered like a
/// section ("2.1 Priority areas"), or short, without closing punctuation, and followed by longer body text;
/// question lines standing alone count as headings too. Bullets and bare numbers are list markers.
/// </remarks>
public sealed partial class PlainTextBlockParser(ParseOptions options)
{
    public ImmutableArray<Block> Parse(string text)
    {
        var lines = Lines(text);
        var blocks = ImmutableArray.CreateBuilder<Block>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = Whitespace.Collapse(text[start..end]);
            var span = Span.Chars(start, end);
            var next = i + 1 < lines.Count ? Whitespace.Collapse(text[lines[i + 1].Start..lines[i + 1].End]) : null;
            blocks.Add(Classify(line, next, span));
        }
        return blocks.ToImmutable();
    }

    private Block Classify(string line, string? next, Span span)
    {
        var bullet = Bullet().Match(line);
        if (bullet.Success)
        {
            return new Block(BlockKind.ListItem, bullet.Groups["text"].Value, span, 1, Marker: bullet.Groups["marker"].Value);
        }
        if (line.Length > options.MaxHeadingLength)
        {
            return new Block(BlockKind.Paragraph, line, span);
        }
        var (number, title) = HeadingNumber.Split(line);
        var endsLikeSentence = line.EndsWith('.') || line.EndsWith(',') || line.EndsWith(';');
        if (number is not null && title.Length > 0 && char.IsUpper(title[0]) && !endsLikeSentence)
        {
            return new Block(BlockKind.Heading, title, span, 0, number);
        }
        var followedByBody = next is not null && next.Length > line.Length && !Bullet().IsMatch(next);
        var titleLike = line.Length > 0 && char.IsUpper(line[0]) && !endsLikeSentence && !line.EndsWith(':')
            && line.Split(' ').Length <= 14;
        return titleLike && (followedByBody || line.EndsWith('?'))
            ? new Block(BlockKind.Heading, line, span)
            : new Block(BlockKind.Paragraph, line, span);
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (!string.IsNullOrWhiteSpace(text[start..i]))
                {
                    lines.Add((start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    [GeneratedRegex(@"^(?<marker>[•\-\*◆▪–·]|\(\d{1,2}\)|\d{1,2}[\)])\s*(?<text>.*)$")]
    private static partial Regex Bullet();
}
