using Ingest.Core.Model;

namespace Ingest.Core.Stages.Language;

/// <summary>Decides a section's language: it inherits the document's unless its own text is long enough and
/// confidently another language (a quoted English passage in a German report).</summary>
public static class SectionLanguage
{
    /// <summary>The language of a section with <paramref name="text"/> in a document of <paramref name="document"/>'s language.</summary>
    /// <returns>The document's language; the section's own when it differs confidently; <c>und</c> when the document is
    /// <c>und</c> and the section's text is too short or ambiguous.</returns>
    public static LanguageResult Decide(string text, LanguageResult document, LanguageIdentifier? identifier = null)
    {
        identifier ??= LanguageIdentifier.Default;
        var options = identifier.Options;
        var minimum = document.IsDetermined ? options.SectionMinLetters : options.MinLetters;
        if (!HasLetters(text, minimum))
        {
            return document;
        }
        // The letters the identifier read, not those of the text: addresses and code tokens are left out of them, and
        // a section of code with a few words between its identifiers is not long enough to differ.
        var guess = identifier.Guess(text);
        var own = identifier.Judge(guess);
        if (!document.IsDetermined)
        {
            return own;
        }
        return guess.Letters >= minimum && own.IsDetermined && own.Tag != document.Tag && own.Confidence >= options.SectionMinConfidence
            ? own
            : document;
    }

    /// <summary>True when <paramref name="text"/> has at least <paramref name="minimum"/> letters; stops counting there.</summary>
    internal static bool HasLetters(string text, int minimum)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c) && ++letters >= minimum)
            {
                return true;
            }
        }
        return minimum <= 0;
    }
}
