using Ingest.Core.Model;

namespace Ingest.Core.Diagnostics;

/// <summary>One finding about an input, a document or a section.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Severity">Severity after policy.</param>
/// <param name="Message">What was found and what to do.</param>
/// <param name="Path">The input file's relative path.</param>
/// <param name="Span">Where in the file or text, when known.</param>
/// <param name="Document">Document id, when the input was read.</param>
/// <param name="Section">Section id, when the finding is about one section.</param>
public sealed record Diagnostic(Rule Rule, Severity Severity, string Message,
    string Path, Span? Span = null, string? Document = null, string? Section = null)
{
    public string Code => Rule.Code;
}
