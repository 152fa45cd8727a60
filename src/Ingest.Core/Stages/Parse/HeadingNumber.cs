using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Parse;

/// <summary>Splits a heading's printed number from its title: "3.2. Jobteam Gent" → ("3.2", "Jobteam Gent").</summary>
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

    [GeneratedRegex(@"^(?<number>\d{1,3}(?:\.\d{1,3})*)\.?\s+(?<title>\S.*)$")]
    private static partial Regex Numbered();
}
