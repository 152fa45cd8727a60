using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Repair;

/// <summary>Joins words hyphenated across a line or page break and paragraphs cut by a page break; turns remaining form feeds into blank lines.</summary>
/// <remarks>
/// A hyphen before a break stays when the next word is a conjunction ("Migrations- und Integrationspolitik"), when the
/// next word does not start in lower case ("E-\nMail", "Covid-\n19"), or when the document elsewhere writes the pair with
/// its hyphen more often than without. Paragraphs are joined across a page break (form feed) or, in plain text, a blank
/// line after a full-length line, when the first ends without closing punctuation and the next starts in lower case.
/// </remarks>
public static partial class BreakJoiner
{
    public const string HyphenKind = "hyphenation";
    public const string ParagraphKind = "paragraph-join";
    public const string PageBreakKind = "page-breaks";

    private static readonly FrozenWords Conjunctions = new(
        "und oder bzw sowie als wie bis noch and or nor to than et ou ni à y e o u ni en of och eller og ja tai sekä vagy és és " +
        "a i lub oraz albo ani ili и или та і й або ve veya ya da kai και ή");

    public static RepairPass Join(string text, RepairOptions options, bool plainText)
    {
        var editor = new TextEditor(text);
        // Each join changes words, so each gets its own record with its place and the words it joined.
        var joins = ImmutableArray.CreateBuilder<Model.Repair>();
        Dictionary<string, int>? words = null; // Counted only once a hyphen at a break turns up.
        foreach (Match match in Breaks().Matches(text))
        {
            if (match.Index < editor.Position)
            {
                continue;
            }
            var gap = match.Groups["gap"];
            var hasPageBreak = gap.Value.Contains('\f');
            var hasBlankLine = gap.Value.Count(c => c == '\n') >= 2;
            if (match.Groups["hyphen"].Success)
            {
                if (options.JoinHyphenated
                    && ShouldJoin(LeftWord(text, match.Groups["hyphen"].Index), match.Groups["right"].Value, words ??= WordCounts(text)))
                {
                    var hyphen = match.Groups["hyphen"].Index;
                    var end = gap.Index + gap.Length;
                    editor.Remove(hyphen, end);
                    joins.Add(new Model.Repair(HyphenKind, Model.Span.Chars(hyphen, end), end - hyphen,
                        $"joined '{LeftWord(text, hyphen)}-' and '{match.Groups["right"].Value}', hyphenated across a {(hasPageBreak ? "page" : "line")} break"));
                }
            }
            else if (options.JoinParagraphs && (hasPageBreak || (plainText && hasBlankLine && LineLength(text, gap.Index) >= MinCutLine)))
            {
                editor.Replace(gap.Index, gap.Index + gap.Length, " ");
                joins.Add(new Model.Repair(ParagraphKind, Model.Span.Chars(gap.Index, gap.Index + gap.Length), gap.Length,
                    $"joined a paragraph cut by a {(hasPageBreak ? "page break" : "blank line")} before '{Snippet(text, gap.Index + gap.Length)}'"));
            }
        }
        return RepairPass.From(editor, joins.ToImmutable());
    }

    /// <summary>Form feeds left after joining become a blank line, so that the parser sees a paragraph break.</summary>
    public static RepairPass FormFeeds(string text)
    {
        var editor = new TextEditor(text);
        var tally = new RepairTally();
        for (var i = text.IndexOf('\f'); i >= 0; i = text.IndexOf('\f', i + 1))
        {
            editor.Replace(i, i + 1, "\n\n");
            tally.Add(PageBreakKind, i, i + 1, "page breaks (form feeds) turned into blank lines");
        }
        var repairs = ImmutableArray.CreateBuilder<Model.Repair>();
        tally.AddTo(repairs);
        return RepairPass.From(editor, repairs.ToImmutable());
    }

    /// <summary>A paragraph cut by a page break ends in a full line; a short one is a heading, a caption or a credit.</summary>
    private const int MinCutLine = 30;

    private static int LineLength(string text, int end) => end - (text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1);

    private static bool ShouldJoin(string left, string right, Dictionary<string, int> words)
    {
        if (Conjunctions.Contains(right))
        {
            return false;
        }
        var hyphenated = words.GetValueOrDefault($"{left}-{right}".ToLowerInvariant());
        var solid = words.GetValueOrDefault((left + right).ToLowerInvariant());
        return solid >= hyphenated;
    }

    private static Dictionary<string, int> WordCounts(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text))
        {
            var key = word.Value.ToLowerInvariant();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>The first words from <paramref name="start"/>, to name where a join happened.</summary>
    private static string Snippet(string text, int start)
    {
        var end = Math.Min(text.Length, start + 30);
        var cut = text.IndexOf('\n', start, end - start);
        return text[start..(cut < 0 ? end : cut)];
    }

    /// <summary>The letters before <paramref name="hyphen"/>: the left part of a hyphenated word.</summary>
    private static string LeftWord(string text, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text[start..hyphen];
    }

    // Either a hyphen after two letters at a break (hyphen, gap, lower-case right part) or a paragraph end without
    // closing punctuation, a gap with a page break or blank line, and a lower-case start. Anchored on the hyphen, not on
    // the word before it: a leading \p{L}{2,} would be tried from every letter of every word and backtrack over it.
    [GeneratedRegex(@"(?<=\p{L}{2})(?<hyphen>[-\u2010])(?<gap>[ \t]*(?:[\n\f][ \t]*){1,4})(?<right>\p{Ll}\p{L}*)|(?<=[\p{L}\p{N},;])(?<gap>[ \t]*(?:\f[ \t\n\f]*|\n[ \t]*\n[ \t\n]*))(?=\p{Ll})")]
    private static partial Regex Breaks();

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex Word();
}
