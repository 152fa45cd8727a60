using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Parse;

/// <summary>Collapses runs of white space (including NBSP) to one space and trims.</summary>
public static partial class Whitespace
{
    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();
}
