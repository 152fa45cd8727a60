using System.Text;
using Ingest.Core.Model;
using Ingest.Core.Stages.Language.Scripts;

namespace Ingest.Core.Stages.Language;

/// <summary>Identifies the language of a text: a Unicode-script pass narrows the candidates (and settles scripts one
/// language writes), then naive Bayes over character 1- to 4-grams of that script's profiles chooses among them.</summary>
public sealed class LanguageIdentifier(LanguageModel model, LanguageOptions options)
{
    // Overlapping n-grams of four orders count the same evidence several times (naive Bayes assumes them
    // independent); scaling the log-likelihoods by 1/(2 x orders) keeps the posterior from claiming certainty on a
    // few words. The calibration table of the language evaluation checks that higher confidence is more often right.
    internal const double Temperature = 0.125;
    private static readonly Lazy<LanguageIdentifier> Shared = new(() => new(LanguageModel.Default, new LanguageOptions()));
    private static readonly int Han = UnicodeScriptTable.IdOf("Han");
    private static readonly int Hiragana = UnicodeScriptTable.IdOf("Hiragana");
    private static readonly int Katakana = UnicodeScriptTable.IdOf("Katakana");
    private static readonly int Hangul = UnicodeScriptTable.IdOf("Hangul");
    private static readonly int Latin = UnicodeScriptTable.IdOf("Latin");
    private static readonly int Cyrillic = UnicodeScriptTable.IdOf("Cyrillic");
    private const double MarkedShare = 0.9;
    private const int CjkWeight = 3;
    private const int SyllabicWeight = 2;
    // Scripts whose letters are consonants with an inherent vowel, or whole syllables, while their vowel signs are
    // marks, not letters: a letter says about as much as two Latin ones.
    private static readonly int[] Syllabic = [.. new[] { "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil",
        "Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Khmer", "Ethiopic" }
        .Select(UnicodeScriptTable.IdOf)];

    /// <summary>An identifier over the built-in model with default options.</summary>
    public static LanguageIdentifier Default => Shared.Value;

    public LanguageOptions Options => options;

    /// <summary>The language of <paramref name="text"/>, or <c>und</c> when it is too short, ambiguous or in a script Ingest does not know.</summary>
    /// <param name="text">Any text; markup and digits are ignored.</param>
    /// <param name="hint">A claimed language (e.g. the HTML <c>lang</c> attribute): a prior, not a verdict.</param>
    /// <param name="complete">See <see cref="Guess"/>.</param>
    public LanguageResult Identify(string text, string? hint = null, bool complete = false) => Judge(Guess(text, hint, complete));

    /// <summary>The answer a guess gives: its language, or <c>und</c> when it rests on too few letters or is not confident enough.</summary>
    public LanguageResult Judge(LanguageGuess guess)
    {
        var tooShort = guess.Letters < (guess.SettledByScript ? options.MinScriptLetters : options.MinLetters);
        return tooShort || guess.Confidence < options.MinConfidence || guess.Tag is null
            ? new LanguageResult(LanguageResult.UndeterminedTag, tooShort ? 0 : guess.Confidence)
            : new LanguageResult(guess.Tag, guess.Confidence);
    }

    /// <summary>The best guess whatever its confidence, with the number of letters it rests on.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="hint">A claimed language, taken as a prior.</param>
    /// <param name="complete">Read all of the text (up to <see cref="LanguageOptions.MaxChars"/>) even when its
    /// beginning settles the answer; for whole documents, whose language may change after the opening.</param>
    public LanguageGuess Guess(string text, string? hint = null, bool complete = false)
    {
        text = Prepare(text);
        Span<int> scripts = stackalloc int[UnicodeScriptTable.Names.Length];
        var letters = NgramScorer.CountScripts(text, scripts);
        var (script, share) = DominantScript(scripts, letters);
        var candidates = script < 0 ? [] : model.CandidatesByScript[script];
        if (candidates.IsEmpty)
        {
            return new LanguageGuess(null, 0, letters);
        }
        if (candidates.Length == 1)
        {
            // A script that only one known language writes settles it; mixed scripts lower the confidence.
            return new LanguageGuess(model.Languages[candidates[0]], Math.Round(Math.Min(0.99, share), 3), letters, SettledByScript: true);
        }
        // Only the n-grams of the candidates' script are looked up; their table has a column per candidate.
        if (model.GramsByScript[script] is not { } grams)
        {
            return new LanguageGuess(null, 0, letters);
        }
        Span<int> weights = stackalloc int[grams.Table.Stride];
        Span<int> orders = stackalloc int[LanguageModel.MaxOrder];
        NgramScorer.Scan(model, grams, text, weights, orders, complete);
        var hinted = HintLanguage(hint);
        var columns = grams.Profiles.Length;
        Span<double> scores = stackalloc double[columns];
        var best = 0;
        for (var c = 0; c < columns; c++)
        {
            var profile = grams.Profiles[c];
            var score = model.Score(profile, weights[c], orders);
            scores[c] = score * Temperature + (model.Languages[profile] == hinted ? options.HintWeight : 0);
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        // The posterior of a language is the sum over its profiles (sr-Cyrl and sr-Latn both answer sr).
        var language = model.Languages[grams.Profiles[best]];
        double total = 0, own = 0;
        for (var c = 0; c < columns; c++)
        {
            var odds = Math.Exp(scores[c] - scores[best]);
            total += odds;
            own += model.Languages[grams.Profiles[c]] == language ? odds : 0;
        }
        if ((script == Latin || script == Cyrillic) && ICloseLanguageMarkers.Of(language) is { } group
            && MarkedLanguage(text, script == Cyrillic, group, grams, scores) is { } marked && marked != language)
        {
            // Close languages share most n-grams; their words decide, with the group's joint posterior a little lowered.
            language = marked;
            own = 0;
            for (var c = 0; c < columns; c++)
            {
                own += group.Languages.Contains(model.Languages[grams.Profiles[c]]) ? Math.Exp(scores[c] - scores[best]) : 0;
            }
            own *= MarkedShare;
        }
        var confidence = Math.Round(Math.Min(0.999, share * own / total), 3);
        return new LanguageGuess(language, confidence, letters);
    }

    /// <summary>The member of a close group (hr/bs/sr, ms/id, zu/xh, fo/is) that the text's marker words settle, or null.</summary>
    private string? MarkedLanguage(string text, bool cyrillic, ICloseLanguageMarkers group, ScriptGrams grams, ReadOnlySpan<double> scores)
    {
        Span<double> memberScores = stackalloc double[group.Members.Count];
        for (var m = 0; m < memberScores.Length; m++)
        {
            memberScores[m] = BestScoreOf(group.Members[m], grams, scores);
        }
        return group.Decide(text, memberScores, cyrillic);
    }

    /// <summary>The best score of the profiles of <paramref name="language"/> (negative infinity when none writes the script).</summary>
    private double BestScoreOf(string language, ScriptGrams grams, ReadOnlySpan<double> scores)
    {
        var best = double.NegativeInfinity;
        for (var c = 0; c < grams.Profiles.Length; c++)
        {
            best = model.Languages[grams.Profiles[c]] == language ? Math.Max(best, scores[c]) : best;
        }
        return best;
    }

    private string Prepare(string text)
    {
        text = CodeTokens.Remove(Addresses.Remove(text));
        if (options.MaxChars > 0 && text.Length > options.MaxChars)
        {
            text = Sample(text, options.MaxChars);
        }
        // The profiles were built from NFC text; decomposed accents (common in Vietnamese files) are composed first.
        if (text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') < 0)
        {
            return text;
        }
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates make the text unnormalizable; it is scored as it is (they count as spaces).
            return text;
        }
    }

    /// <summary>Eight evenly spread pieces, so a long document is judged on all of it and not on its opening alone.</summary>
    private static string Sample(string text, int budget)
    {
        const int pieces = 8;
        var piece = budget / pieces;
        var builder = new StringBuilder(budget + pieces);
        for (var i = 0; i < pieces; i++)
        {
            var start = (int)((long)(text.Length - piece) * i / (pieces - 1));
            builder.Append(text, start, piece).Append(' ');
        }
        return builder.ToString();
    }

    /// <summary>The script with most letters, Japanese kana deciding over Han; and its share of all letters.</summary>
    /// <remarks>A Han, kana or Hangul character carries about a syllable or a word, so it counts as <see cref="CjkWeight"/>
    /// letters: a Chinese sentence quoting a Latin command name is still Chinese. A letter of an Indic or South-East
    /// Asian script (or Ethiopic) counts as <see cref="SyllabicWeight"/>: a Burmese sentence quoting "encoders" is Burmese.</remarks>
    private static (int Script, double Share) DominantScript(Span<int> scripts, int letters)
    {
        if (letters == 0)
        {
            return (-1, 0);
        }
        foreach (var cjk in (ReadOnlySpan<int>)[Han, Hiragana, Katakana, Hangul])
        {
            letters += (CjkWeight - 1) * scripts[cjk];
            scripts[cjk] *= CjkWeight;
        }
        foreach (var syllabic in Syllabic)
        {
            letters += (SyllabicWeight - 1) * scripts[syllabic];
            scripts[syllabic] *= SyllabicWeight;
        }
        var kana = scripts[Hiragana] + scripts[Katakana];
        if (kana > 0 && kana * 10 >= kana + scripts[Han])
        {
            scripts[Hiragana] += scripts[Han] + scripts[Katakana];
            scripts[Han] = 0;
            scripts[Katakana] = 0;
        }
        var best = 0;
        for (var s = 1; s < scripts.Length; s++)
        {
            if (scripts[s] > scripts[best])
            {
                best = s;
            }
        }
        return (best, scripts[best] / (double)letters);
    }

    private string? HintLanguage(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }
        var language = LanguageTags.Canonical(hint.Split('-', '_')[0].Trim().ToLowerInvariant());
        return model.Knows(language) ? language : null;
    }
}
