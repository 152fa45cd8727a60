using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Ingest.Core.Stages.Group;

/// <summary>Folds words so that spellings of one name in different languages and scripts meet: lower case,
/// Cyrillic and Greek transliterated, diacritics and ligatures removed; and a coarse phonetic key for inflected names.</summary>
public static class Folding
{
    // Scientific-style transliteration, one Latin string per letter; enough for names to meet their Latin spelling.
    private static readonly FrozenDictionary<char, string> Translit = new Dictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['є'] = "e",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m",
        ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ў'] = "u", ['ф'] = "f",
        ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e",
        ['ю'] = "iu", ['я'] = "ia", ['ђ'] = "dj", ['ј'] = "j", ['љ'] = "lj", ['њ'] = "nj", ['ћ'] = "c", ['џ'] = "dz", ['ѓ'] = "g",
        ['ќ'] = "k", ['ѕ'] = "dz",
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th", ['ι'] = "i",
        ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s",
        ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
        ['ħ'] = "h", ['ŋ'] = "ng",
    }.ToFrozenDictionary();

    /// <summary>"Moría" → "moria", "CLERCQ" → "clercq", "Москва" → "moskva", "Straße" → "strasse".</summary>
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }
            if (Translit.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A coarse key of the first <paramref name="length"/> sounds of a folded word, so that inflected or
    /// differently spelled forms meet ("Moria"/"Morii", "Coronavirus"/"Koronawirus"); null for shorter words.</summary>
    public static string? PhoneticPrefix(string folded, int length)
    {
        var builder = new StringBuilder(length);
        foreach (var c in folded)
        {
            var mapped = c switch
            {
                'c' or 'q' => 'k',
                'w' => 'v',
                'y' => 'i',
                'z' => 's',
                _ => c,
            };
            if (!char.IsLetter(mapped))
            {
                continue;
            }
            // An h after a consonant is mostly silent or a spelling of the consonant ("Ghent"/"Gent", "Thomas"/"Tomas").
            if (mapped == 'h' && builder.Length > 0 && !IsVowel(builder[^1]))
            {
                continue;
            }
            // Doubled letters are spelling, not sound ("Clercq"/"Klerk", "Gemmeente"/"Gemeente").
            if (builder.Length > 0 && builder[^1] == mapped)
            {
                continue;
            }
            builder.Append(mapped);
            if (builder.Length == length)
            {
                return builder.ToString();
            }
        }
        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
