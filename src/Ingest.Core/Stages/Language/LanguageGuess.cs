namespace Ingest.Core.Stages.Language;

/// <summary>The identifier's best guess before thresholds: the tag (null when no known language writes the text's script),
/// its confidence, and how many letters it rests on.</summary>
public readonly record struct LanguageGuess(string? Tag, double Confidence, int Letters);
