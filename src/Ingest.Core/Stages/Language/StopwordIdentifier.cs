using System.Collections.Frozen;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Language;

/// <summary>A first guess at the language of a text from its most frequent function words.</summary>
/// <remarks>Covers a dozen Latin- and Cyrillic-script languages; the n-gram identifier of issue 5 replaces it.</remarks>
public sealed class StopwordIdentifier(LanguageOptions options)
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Stopwords = new Dictionary<string, string>
    {
        ["de"] = "der die das und ist nicht ein eine mit von zu den auf für sich im dem des auch werden wird",
        ["en"] = "the and of to is in that for with are this on by as be it was from have which",
        ["nl"] = "de het een en van is dat op voor met niet zijn aan door ook als bij naar wordt",
        ["pl"] = "i w na z się nie do to że jest o jak przez oraz dla ich co po od które",
        ["fr"] = "le la les et des est un une du en que pour dans qui pas sur par au avec",
        ["es"] = "el la los las y de que en un una es por con para del se no al lo",
        ["it"] = "il la di che e è un una per non con del della sono si gli le al",
        ["pt"] = "o a os as e de que em um uma para com não do da por se no na",
        ["sv"] = "och att det som en på är av för med till den inte har de om ett",
        ["da"] = "og at det som en på er af for med til den ikke har de om et",
        ["cs"] = "a v se na je že s z do to jako o k ve pro by jsou ale",
        ["ru"] = "и в не на что с по это как из для от он к его но то",
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Split(' ').ToFrozenSet(StringComparer.Ordinal));

    public LanguageResult Identify(string text)
    {
        var words = Words(text);
        if (words.Sum(w => w.Length) < options.MinLetters)
        {
            return LanguageResult.Undetermined;
        }
        var scores = Stopwords.ToDictionary(p => p.Key, p => words.Count(p.Value.Contains));
        var ranked = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var (best, bestScore) = (ranked[0].Key, ranked[0].Value);
        var second = ranked[1].Value;
        if (bestScore == 0)
        {
            return LanguageResult.Undetermined;
        }
        // The margin over the runner-up and the share of function words both say how sure the guess is.
        var margin = (bestScore - second) / (double)bestScore;
        var coverage = Math.Min(1.0, bestScore / (words.Count * 0.15));
        var confidence = Math.Round(Math.Clamp(0.5 * margin + 0.5 * coverage, 0, 0.99), 3);
        return confidence < options.MinConfidence ? new LanguageResult(LanguageResult.UndeterminedTag, confidence) : new LanguageResult(best, confidence);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
