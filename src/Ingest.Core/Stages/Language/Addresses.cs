using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Language;

/// <summary>Removes web addresses and e-mail addresses, whose letters belong to no language (a list of links in a
/// German report would otherwise read as English).</summary>
internal static partial class Addresses
{
    public static string Remove(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains('@')
            ? Pattern().Replace(text, " ")
            : text;

    [GeneratedRegex(@"\b[a-z][a-z0-9+.-]*://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
