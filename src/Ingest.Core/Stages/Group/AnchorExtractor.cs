using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Group;

/// <summary>Finds language-independent anchors in text: numbers (locale-normalized), capitalized names, URLs and e-mail addresses.</summary>
/// <remarks>Names are folded (lower case, no diacritics) so that "Clercq" and "CLERCQ", "Moria" and "Moría" meet.</remarks>
public static partial class AnchorExtractor
{
    public static HashSet<string> Extract(string text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Url().Matches(text))
        {
            anchors.Add("url:" + match.Value.TrimEnd('.', ',', ')').ToLowerInvariant());
        }
        foreach (Match match in Number().Matches(text))
        {
            if (NormalizeNumber(match.Value) is { } number)
            {
                anchors.Add("num:" + number);
            }
        }
        foreach (Match match in Name().Matches(text))
        {
            var word = match.Value;
            // A capital after a sentence end proves nothing; inside a sentence it marks a name (or a German noun).
            if (word.Length >= 3 && !AfterSentenceEnd(text, match.Index))
            {
                anchors.Add("name:" + Fold(word));
            }
        }
        return anchors;
    }

    /// <summary>"263.608" and "263,608" → "263608"; "1.5" stays "1.5"; single digits are too common to count.</summary>
    public static string? NormalizeNumber(string raw)
    {
        var text = raw.Trim('.', ',');
        if (ThousandsGrouped().IsMatch(text))
        {
            text = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            text = text.Replace(',', '.');
        }
        return text.Count(char.IsDigit) >= 2 ? text : null;
    }

    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool AfterSentenceEnd(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '"' || text[i] == '“' || text[i] == '„' || text[i] == '('))
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '•' or '-';
    }

    [GeneratedRegex(@"https?://[^\s<>""]+|www\.[^\s<>""]+|[\w.+-]+@[\w-]+\.[\w.-]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\d[\d.,]*\d|\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})+$")]
    private static partial Regex ThousandsGrouped();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{M}]+")]
    private static partial Regex Name();
}
