namespace Ingest.Core.Stages.Language;

/// <summary>Options of the language stage, bound from pipeline.json.</summary>
public sealed record LanguageOptions
{
    /// <summary>Texts with fewer letters than this are <c>und</c>.</summary>
    public int MinLetters { get; init; } = 20;

    /// <summary>Below this confidence the answer is <c>und</c>.</summary>
    public double MinConfidence { get; init; } = 0.5;
}
