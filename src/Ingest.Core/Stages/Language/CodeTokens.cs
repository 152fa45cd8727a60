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
    private static readonly SearchValues<char> Signs = SearchValues.Create("=/\\$%{}<>|#");

    /// <summary>The text without its code tokens; the text as it is when it has none, or when code makes up at least
    /// half of its letters (an API listing is code through and through, and what little prose is left would be too
    /// little to judge: its identifiers' words say more about its language than nothing).</summary>
    public static string Remove(string text)
    {
        StringBuilder? kept = null;
        var copied = 0;
        var start = 0;
        var (letters, codeLetters) = (0, 0);
        while (start < text.Length)
        {
            if (char.IsWhiteSpace(text[start]))
            {
                start++;
                continue;
            }
            var end = start;
            var tokenLetters = 0;
            for (; end < text.Length && !char.IsWhiteSpace(text[end]); end++)
            {
                tokenLetters += char.IsLetter(text[end]) ? 1 : 0;
            }
            letters += tokenLetters;
            if (IsCode(text.AsSpan(start, end - start)))
            {
                codeLetters += tokenLetters;
                kept ??= new StringBuilder(text.Length);
                kept.Append(text, copied, start - copied).Append(' ');
                copied = end;
            }
            start = end;
        }
        return kept is null || codeLetters * 2 >= letters ? text : kept.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>True when the token is an option, holds a sign code uses, or is an identifier or dotted name.</summary>
    private static bool IsCode(ReadOnlySpan<char> token)
    {
        if (token.Length < 2)
        {
            return false;
        }
        if (token[0] == '-' && (char.IsLetter(token[1]) || (token[1] == '-' && token.Length > 2 && char.IsLetter(token[2]))))
        {
            return true;
        }
        if (token.IndexOfAny(Signs) >= 0 || token.IndexOf("::", StringComparison.Ordinal) >= 0)
        {
            return true;
        }
        // PascalCase is a capital, three or more lower-case letters, a capital and a lower-case letter ("WatchdogLast");
        // camelCase two lower-case letters or more, a capital, three lower-case or more and a capital ("getElementBy").
        var lowerRun = 0;
        var runAfterCapital = false;
        var runBeforeCapital = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (i > 0 && IsLetterJoint(token[i - 1], c, i + 1 < token.Length ? token[i + 1] : ' '))
            {
                return true;
            }
            if (char.IsLower(c))
            {
                lowerRun++;
            }
            else if (char.IsUpper(c))
            {
                if (runAfterCapital && lowerRun >= 3
                    && ((i + 1 < token.Length && char.IsLower(token[i + 1])) || runBeforeCapital >= 2))
                {
                    return true;
                }
                (runAfterCapital, runBeforeCapital, lowerRun) = (true, lowerRun, 0);
            }
            else
            {
                (runAfterCapital, runBeforeCapital, lowerRun) = (false, 0, 0);
            }
        }
        return false;
    }

    /// <summary>An underscore beside a letter ("max_count"), or a dot between letters ("multi-user.target").</summary>
    private static bool IsLetterJoint(char previous, char c, char next) =>
        (c == '_' && char.IsLetter(previous)) || (previous == '_' && char.IsLetter(c))
        || (c == '.' && char.IsLetter(previous) && char.IsLetter(next));
}
