using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Parse;

/// <summary>Script-neutral surface cues shared by the parsers: word counts, sentence ends, links, quotes.</summary>
internal static partial class TextCues
{
    public static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>True when the text ends like a sentence or a clause (full stop, comma, semicolon, colon, ellipsis), closing quotes aside.</summary>
    public static bool EndsLikeSentence(string text) => EndsLikeSentenceBare(WithoutClosingQuotes(text));

    /// <summary>True when the text ends with a question mark, closing quotes aside.</summary>
    public static bool EndsWithQuestion(string text) => IsQuestion(WithoutClosingQuotes(text));

    private static string WithoutClosingQuotes(string text) => text.TrimEnd('”', '"', '»', '’', '\'', '“', '«', ')');

    private static bool EndsLikeSentenceBare(string text) =>
        text.Length > 0 && text[^1] is '.' or ',' or ';' or ':' or '!' or '…' or '。' or '，' or '；' or '：';

    /// <summary>True when the text may open a heading: it does not start with a lower-case letter (scripts without case pass).</summary>
    public static bool StartsLikeTitle(string text) =>
        text.Length > 0 && (char.IsLetterOrDigit(text[0]) && !char.IsLower(text[0]) || text[0] is '¿' or '¡' && StartsLikeTitle(text[1..]));

    public static bool IsQuestion(string text) => text.EndsWith('?') || text.EndsWith('？') || text.EndsWith('؟');

    public static bool HasLink(string text) => Link().IsMatch(text);

    public static IReadOnlyList<string> LinksIn(string text) => [.. Link().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')', ';'))];

    /// <summary>The text is a bare list number such as "1", "2**" or "(3)", as in numbered takeaways.</summary>
    public static bool IsBareNumber(string text) => BareNumber().IsMatch(text);

    public static string BareNumberValue(string text) => BareNumber().Match(text).Groups["n"].Value;

    /// <summary>Opens with a quotation mark in any of the common conventions.</summary>
    public static bool StartsWithQuote(string text) => text.Length > 1 && "\"“„«»‚‘‹›「『".Contains(text[0]);

    /// <summary>Looks like a quote's attribution: "(Name, role)", "— Name", or "First Last, lower-case role".</summary>
    public static bool LooksLikeAttribution(string text) => Attribution().IsMatch(text);

    /// <summary>An attribution without the brackets, dashes and full stop around it: "(Name, role)." → "Name, role".</summary>
    public static string Attribution(string text) => text.Trim('(', ')', '—', '–', '-', ' ', '.');

    [GeneratedRegex(@"https?://\S+|\bwww\.[\w-]+\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"^\(?(?<n>\d{1,2})[\)\.]?\**$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(\(\p{Lu}[^()]{2,}\)\.?|[—–-]\s*\p{Lu}.*|\p{Lu}\p{L}+(\s\p{Lu}\p{L}+){1,3},\s\p{Ll}.*)$")]
    private static partial Regex Attribution();
}
