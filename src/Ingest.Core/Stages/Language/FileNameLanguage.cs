using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Language;

/// <summary>The language a file name claims, as in <c>report.de.md</c> or <c>page.pt-BR.html</c>: a hint, like HTML <c>lang</c>.</summary>
public static partial class FileNameLanguage
{
    /// <summary>The tag the name carries just before its extension, when it is a language the model knows; else null.</summary>
    public static string? Of(string path, LanguageModel model)
    {
        var match = Tagged().Match(Path.GetFileName(path));
        if (!match.Success)
        {
            return null;
        }
        var primary = LanguageTags.Canonical(match.Groups["primary"].Value.ToLowerInvariant());
        return model.Knows(primary) ? match.Groups["tag"].Value : null;
    }

    [GeneratedRegex(@"^[^.]+.*\.(?<tag>(?<primary>[A-Za-z]{2,3})(?:[-_][A-Za-z]{2,4})?)\.[A-Za-z0-9]{1,5}$")]
    private static partial Regex Tagged();
}
