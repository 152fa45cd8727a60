using System.Buffers;
using System.Text;

namespace Ingest.Core.Stages.Language;

/// <summary>Removes tokens that are code rather than words of a language: identifiers in snake_case, PascalCase
/// ("WatchdogLastPingTimestamp") or camelCase with two humps of three letters or more ("getElementById"), dotted names
/// ("systemd-suspend.service"), command-line options, paths and assignments. A German manual listing property names
/// would otherwise read as English.</summary>
/// <remarks>An inner capital counts only after a capital and three lower-case letters, or as the second of two humps,
/// so Irish mutations ("i bhFéile", "tSeirbhís"), the class prefixes of Nguni languages before a name ("waseBulgaria",
/// "iziKhokelo", "KwaZulu") and brand names ("iPhone", "McDonald", "OpenGL") stay words. One pass over the text; a
/// text without code is returned as it is.</remarks>
internal static class CodeTokens
{
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> Signs = SearchValues.Create("=/\\$%{}<>|#");

    /// <summary>The text without its code tokens; the text as it is when it has none, or when code makes up at least
    /// half of its letters (an API listing is code through and through, and what little prose is left would be too
    /// little to judge: its identifiers' words say more about its language than nothing).</summary>
    public static string Remove(string text)
    {
        if (!text.AsSpan().ContainsAny(AsciiLetters))
        {
            // Code is written in ASCII letters; a text without any (Chinese, Russian, Arabic) has none to remove.
            return text;
        }
        StringBuilder? kept = null;
        var copied = 0;
        var codeLetters = 0;
        for (var (start, end) = NextToken(text, 0); start < text.Length; (start, end) = NextToken(text, end))
        {
            var token = text.AsSpan(start, end - start);
            if (IsCode(token))
            {
                codeLetters += Letters(token);
                kept ??= new StringBuilder(text.Length);
                kept.Append(text, copied, start - copied).Append(' ');
                copied = end;
            }
        }
        return kept is null || codeLetters * 2 >= Letters(text) ? text : kept.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The next run of characters other than white space from <paramref name="from"/> on, as start and end.</summary>
    private static (int Start, int End) NextToken(string text, int from)
    {
        var start = from;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }
        var end = start;
        while (end < text.Length && !IsSpace(text[end]))
        {
            end++;
        }
        return (start, end);
    }

    /// <summary>White space: ASCII controls and space, and Unicode's other spaces and line breaks (listed, as a category
    /// lookup for every character of a Chinese text cost more than the rest of this pass).</summary>
    private static bool IsSpace(char c) =>
        c <= ' ' || (c >= '\u0085' && c <= '\u3000' && (c is '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F'
            or '\u205F' or '\u3000' || c is >= '\u2000' and <= '\u200A'));

    private static int Letters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += CharFolding.IsLetter[c] ? 1 : 0;
        }
        return letters;
    }

    /// <summary>True when the token is an option, holds a sign code uses, or is an identifier or dotted name; one pass
    /// over its characters.</summary>
    private static bool IsCode(ReadOnlySpan<char> token)
    {
        if (token.Length < 2)
        {
            return false;
        }
        if (token[0] == '-' && (char.IsAsciiLetter(token[1]) || (token[1] == '-' && token.Length > 2 && char.IsAsciiLetter(token[2]))))
        {
            return true;
        }
        // In ASCII letters (identifiers are written in ASCII), PascalCase is a capital, three or more lower-case letters,
        // a capital and a lower-case letter ("WatchdogLast"); camelCase two lower-case letters or more, a capital, three
        // lower-case or more and a capital ("getElementBy").
        var lowerRun = 0;
        var runAfterCapital = false;
        var runBeforeCapital = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var (previous, c) = (i > 0 ? token[i - 1] : ' ', token[i]);
            if (char.IsAsciiLetterLower(c))
            {
                if (previous == '_')
                {
                    return true;
                }
                lowerRun++;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                if (previous == '_' || (runAfterCapital && lowerRun >= 3
                    && ((i + 1 < token.Length && char.IsAsciiLetterLower(token[i + 1])) || runBeforeCapital >= 2)))
                {
                    return true;
                }
                (runAfterCapital, runBeforeCapital, lowerRun) = (true, lowerRun, 0);
            }
            else if (c <= '\u007F' && (Signs.Contains(c) || IsJoint(previous, c, i + 1 < token.Length ? token[i + 1] : ' ')))
            {
                return true;
            }
            else
            {
                (runAfterCapital, runBeforeCapital, lowerRun) = (false, 0, 0);
            }
        }
        return false;
    }

    /// <summary>An underscore after a letter ("max_count"; one before a letter is found at the letter), a dot between
    /// letters ("multi-user.target"), or a second colon ("Foo::Bar").</summary>
    private static bool IsJoint(char previous, char c, char next) =>
        (c == '_' && char.IsAsciiLetter(previous))
        || (c == '.' && char.IsAsciiLetter(previous) && char.IsAsciiLetter(next))
        || (c == ':' && previous == ':');
}
