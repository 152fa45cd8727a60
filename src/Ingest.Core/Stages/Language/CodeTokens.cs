using System.Buffers;
using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Language;

/// <summary>Removes tokens that are code rather than words of a language: identifiers in snake_case, PascalCase
/// ("WatchdogLastPingTimestamp") or camelCase with two humps ("getElementById"), dotted names ("systemd-suspend.service"), command-line options, paths and
/// assignments. A German manual listing property names would otherwise read as English.</summary>
/// <remarks>An inner capital counts only after a capital and three lower-case letters, or as the second of two humps,
/// so Irish mutations ("i bhFéile", "tSeirbhís"), the class prefixes of Nguni languages before a name ("waseBulgaria",
/// "iziKhokelo", "KwaZulu") and brand names ("iPhone", "McDonald", "OpenGL") stay words.</remarks>
internal static partial class CodeTokens
{
    private static readonly SearchValues<char> Signs = SearchValues.Create("_=/\\$%{}<>|#:.");

    public static string Remove(string text) => MayHold(text) ? Pattern().Replace(text, " ") : text;

    /// <summary>A fast test: the text holds a sign code uses, or a capital after three lower-case letters.</summary>
    private static bool MayHold(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(Signs) >= 0)
        {
            return true;
        }
        var lowerRun = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                lowerRun++;
            }
            else
            {
                if (lowerRun >= 3 && char.IsUpper(c))
                {
                    return true;
                }
                lowerRun = 0;
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?<!\S)(?:--?\p{L}\S*|\S*(?:\p{L}_|_\p{L}|\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}|\p{Ll}{2,}\p{Lu}\p{Ll}{3,}\p{Lu}|\p{L}\.\p{L}|::|[=/\\$%{}<>|#])\S*)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
