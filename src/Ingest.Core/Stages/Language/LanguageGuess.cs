namespace Ingest.Core.Stages.Language;

/// <summary>The identifier's best guess before thresholds: the tag (null when no known language writes the text's script),
/// its confidence, how many letters it rests on, and whether its script alone settled it (a script one known language writes).</summary>
public readonly record struct LanguageGuess(string? Tag, double Confidence, int Letters, bool SettledByScript = false);
