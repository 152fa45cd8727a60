using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>A non-blank line of plain text: collapsed text, its range, and whether a blank line comes before it.</summary>
internal sealed record PlainTextLine(string Text, Span Span, bool BlankBefore);
