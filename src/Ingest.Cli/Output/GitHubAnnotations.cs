using System.Globalization;
using Ingest.Core.Diagnostics;

namespace Ingest.Cli.Output;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::…</c>) so findings show inline on the pull request.</summary>
internal static class GitHubAnnotations
{
    public static void Write(TextWriter error, ValidationReport report)
    {
        foreach (var finding in report.Active)
        {
            var d = finding.Diagnostic;
            var command = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var properties = new List<string> { "file=" + EscapeProperty(d.Path) };
            if (finding.Location is { } l)
            {
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={l.Line},col={l.Column},endLine={l.EndLine}"));
            }
            properties.Add("title=" + EscapeProperty($"{d.Code} {d.Rule.Title}"));
            error.WriteLine($"::{command} {string.Join(",", properties)}::{EscapeData(d.Message)}");
        }
    }

    // Workflow command escaping: data escapes %, CR, LF; properties also ':' and ','.
    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
