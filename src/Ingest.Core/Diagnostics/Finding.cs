namespace Ingest.Core.Diagnostics;

/// <summary>A diagnostic as <c>validate</c> reports it: with its line and column, a content fingerprint, and whether a baseline knows it.</summary>
/// <param name="Diagnostic">The diagnostic.</param>
/// <param name="Location">1-based line/column range in the file, when the diagnostic has a position.</param>
/// <param name="Fingerprint">Identifies the finding across edits that move it: rule, path and content, not line numbers.</param>
/// <param name="Suppressed">True when the baseline lists this finding.</param>
public sealed record Finding(Diagnostic Diagnostic, SourceLocation? Location, string Fingerprint, bool Suppressed = false);
