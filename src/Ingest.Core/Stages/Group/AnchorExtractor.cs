using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Group;

/// <summary>Finds language-independent anchors in text: numbers (locale-normalized), URLs and e-mail addresses,
/// capitalized names and runs of them, quoted names, and phonetic prefixes of names for inflected forms.</summary>
/// <remarks>Anchors are strings with a kind prefix (<c>num:</c>, <c>url:</c>, <c>name:</c>, <c>phrase:</c>,
/// <c>quote:</c>, <c>stem:</c>) so that weights can depend on the kind. Names are folded (<see cref="Folding"/>)
/// so that "Clercq" and "CLERCQ", "Moria" and "Moría", "Москва" and "Moskva" meet.</remarks>
public static partial class AnchorExtractor
{
    public const int StemLength = 4;

    public static HashSet<string> Extract(string text) => Extract(text, textStartsSentence: true);

    /// <summary>Anchors of a heading: its first word may be a name ("Refu Interim", "Jobteam Gent").</summary>
    public static HashSet<string> ExtractTitle(string title) => Extract(title, textStartsSentence: false);

    private static HashSet<string> Extract(string text, bool textStartsSentence)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        AddUrls(text, anchors);
        AddNumbers(text, anchors);
        AddNames(text, anchors, textStartsSentence);
        AddQuotes(text, anchors);
        return anchors;
    }

    /// <summary>"263.608" and "263,608" → "263608"; "1.5" and "1,5" → "1.5"; Unicode digits become ASCII; null for single digits.</summary>
    public static string? NormalizeNumber(string raw)
    {
        var text = AsciiDigits(raw.Trim('.', ','));
        if (ThousandsGrouped().IsMatch(text))
        {
            text = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            text = text.Replace(',', '.');
        }
        return text.Count(char.IsAsciiDigit) >= 2 ? text : null;
    }

    private static void AddUrls(string text, HashSet<string> anchors)
    {
        foreach (Match match in Url().Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ')', '/').ToLowerInvariant();
            // The scheme and "www." differ between versions of one page; the host and path do not.
            url = UrlScheme().Replace(url, string.Empty);
            anchors.Add("url:" + url);
        }
    }

    private static void AddNumbers(string text, HashSet<string> anchors)
    {
        foreach (var match in Number().EnumerateMatches(text))
        {
            var raw = text.Substring(match.Index, match.Length).Trim('.', ',');
            // Dates ("15.12.2022", "15/12/2022") are written in different orders; their parts still meet.
            if (raw.Count(c => c is '.' or '/') >= 2 && !ThousandsGrouped().IsMatch(raw))
            {
                foreach (var part in raw.Split('.', '/', ','))
                {
                    AddNumber(part, anchors);
                }
                continue;
            }
            AddNumber(raw, anchors);
        }
    }

    private static void AddNumber(string raw, HashSet<string> anchors)
    {
        if (raw.Length > 0 && NormalizeNumber(raw) is { } number)
        {
            anchors.Add("num:" + number);
        }
    }

    private static void AddNames(string text, HashSet<string> anchors, bool textStartsSentence)
    {
        var latinInForeign = MostlyNonLatin(text);
        var run = new List<string>();
        var runEnd = -1;
        foreach (var match in Word().EnumerateMatches(text))
        {
            var first = text[match.Index];
            var capitalized = char.IsUpper(first) || CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.TitlecaseLetter;
            // In a text of another script, a Latin word is a name, a brand or an acronym whatever its case.
            var nameLike = capitalized || (latinInForeign && first < '\u0250');
            if (!nameLike)
            {
                FlushRun(run, anchors);
                continue;
            }
            var word = text.Substring(match.Index, match.Length);
            nameLike = capitalized || IsLatin(word);
            // A capital after a sentence end proves nothing; inside a sentence it marks a name (or a German noun).
            var sentenceStart = AfterSentenceEnd(text, match.Index, textStartsSentence);
            var continues = run.Count > 0 && OnlySpaceBetween(text, runEnd, match.Index) && !sentenceStart;
            if (!nameLike || sentenceStart || (word.Length < 3 && !continues))
            {
                FlushRun(run, anchors);
                continue;
            }
            if (!continues)
            {
                FlushRun(run, anchors);
            }
            var folded = Folding.Fold(word);
            // Short capitalized particles ("De", "Van", "Al") join a name but are no anchor of their own.
            if (word.Length >= 3)
            {
                anchors.Add("name:" + folded);
                if (Folding.PhoneticPrefix(folded, StemLength) is { } stem)
                {
                    anchors.Add("stem:" + stem);
                }
            }
            run.Add(folded);
            runEnd = match.Index + match.Length;
        }
        FlushRun(run, anchors);
    }

    /// <summary>Adds the run of capitalized words and its sub-runs of two and three words that start and end with a
    /// full word, so that "Mayor Mathias De Clercq" and "Mathias De Clercq" meet.</summary>
    private static void FlushRun(List<string> run, HashSet<string> anchors)
    {
        for (var start = 0; start < run.Count; start++)
        {
            for (var end = start + 1; end < run.Count; end++)
            {
                var length = end - start + 1;
                if (run[start].Length < 3 || run[end].Length < 3 || (length > 3 && (start > 0 || end < run.Count - 1)))
                {
                    continue;
                }
                anchors.Add("phrase:" + string.Join(' ', run.GetRange(start, length)));
            }
        }
        run.Clear();
    }

    private static void AddQuotes(string text, HashSet<string> anchors)
    {
        foreach (Match match in Quoted().Matches(text))
        {
            var inner = match.Groups["q"].Value.Trim();
            var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Short quotations are names of things (projects, programmes) that translations keep as they are.
            if (words.Length is >= 1 and <= 4 && inner.Length >= 4)
            {
                anchors.Add("quote:" + Folding.Fold(inner));
            }
        }
    }

    private static bool OnlySpaceBetween(string text, int end, int start) =>
        start - end == 1 && text[end] == ' ';

    private static bool AfterSentenceEnd(string text, int index, bool textStartsSentence)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '“' or '„' or '(' or '«' or '\t')
        {
            i--;
        }
        return i < 0 ? textStartsSentence : text[i] is '.' or '!' or '?' or '\n' or ':' or '•' or '-' or '–' or '。' or '¿' or '¡';
    }

    private static bool IsLatin(string word) => word.All(c => c < '\u0250');

    private static bool MostlyNonLatin(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text.Length > 4000 ? text[..4000] : text)
        {
            if (char.IsLetter(c))
            {
                _ = c < '\u0250' ? latin++ : other++;
            }
        }
        return other > latin;
    }

    private static string AsciiDigits(string text)
    {
        if (text.All(c => c < 128))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsDigit(c) && c >= 128 ? (char)('0' + (int)char.GetNumericValue(c)) : c);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+|www\.[^\s<>""]+|[\w.+-]+@[\w-]+\.[\w.-]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"^(https?://)?(www\.)?")]
    private static partial Regex UrlScheme();

    [GeneratedRegex(@"\d[\d.,/]*\d|\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})+$")]
    private static partial Regex ThousandsGrouped();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[""“„«「『](?<q>[^""“”„«»「」『』\n]{1,60})[""”“»」』]")]
    private static partial Regex Quoted();
}
