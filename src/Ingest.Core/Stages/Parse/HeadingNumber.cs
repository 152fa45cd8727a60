using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Parse;

/// <summary>Splits a heading's printed number from its title: "3.2. Jobteam Gent" → ("3.2", "Jobteam Gent").</summary>
/// <remarks>
/// Numbers are Arabic ("3", "3.2.1"), Roman with a closing full stop ("IV. Results"), or an annex letter with Arabic
/// parts ("A.1 Data"). A bare letter ("A. Smith") is not taken, as it is more often an initial.
/// </remarks>
public static partial class HeadingNumber
{
    public static (string? Number, string Title) Split(string heading)
    {
        // A colon closing a heading ("Key Takeaways:") is punctuation of the layout, not part of the title.
        var match = Numbered().Match(heading.Trim());
        return match.Success
            ? (match.Groups["number"].Value, match.Groups["title"].Value.Trim().TrimEnd(':', '：').TrimEnd())
            : (null, heading.Trim().TrimEnd(':', '：').TrimEnd());
    }

    /// <summary>How deep a number nests: "3" → 1, "3.2" → 2, "3.2.1" → 3.</summary>
    public static int Depth(string number) => number.Split('.', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?<number>\d{1,3}(?:\.\d{1,3})*|(?=[IVX]{1,5}\.)X{0,3}(?:IX|IV|V?I{0,3})(?=\.)|[A-Z](?:\.\d{1,3})+)\.?\s+(?<title>\S.*)$")]
    private static partial Regex Numbered();
}
