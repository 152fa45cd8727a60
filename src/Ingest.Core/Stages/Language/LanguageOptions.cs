namespace Ingest.Core.Stages.Language;

/// <summary>Options of the language stage, bound from pipeline.json.</summary>
public sealed record LanguageOptions
{
    /// <summary>Texts with fewer letters than this are <c>und</c>.</summary>
    public int MinLetters { get; init; } = 8;

    /// <summary>Texts in a script only one known language writes (Hebrew, Bengali, Thai, …) need this many letters: the
    /// script settles the language, and a word or two in it says as much as a sentence. Vowel signs are marks, not letters,
    /// so a heading of 15 characters in an Indic script often has fewer than <see cref="MinLetters"/>.</summary>
    public int MinScriptLetters { get; init; } = 3;

    /// <summary>Below this confidence the answer is <c>und</c>.</summary>
    public double MinConfidence { get; init; } = 0.2;

    /// <summary>A block gets a language of its own from this many letters on; shorter blocks get none.</summary>
    public int BlockMinLetters { get; init; } = 40;

    /// <summary>A section's own text must have this many letters before it may differ from the document's language.</summary>
    public int SectionMinLetters { get; init; } = 200;

    /// <summary>A section's own language replaces the inherited one only at this confidence or more.</summary>
    public double SectionMinConfidence { get; init; } = 0.9;

    /// <summary>Prior weight (in nats) of the HTML <c>lang</c> attribute: enough to decide short or ambiguous text, not to overrule clear text.</summary>
    public double HintWeight { get; init; } = 2.0;

    /// <summary>Longer texts are identified from evenly spread samples of this many characters in all.</summary>
    public int MaxChars { get; init; } = 20000;
}
