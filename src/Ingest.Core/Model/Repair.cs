namespace Ingest.Core.Model;

/// <summary>One change to the text beyond decoding, so that nothing is lost silently.</summary>
/// <param name="Kind">Stable kind name, e.g. <c>corrupt-run</c>, <c>control-chars</c>, <c>line-endings</c>.</param>
/// <param name="Span">Where, in source bytes or in the text as it was before this repair.</param>
/// <param name="Count">How many characters or bytes were affected.</param>
/// <param name="Detail">A short human-readable description.</param>
public sealed record Repair(string Kind, Span Span, int Count, string Detail);
