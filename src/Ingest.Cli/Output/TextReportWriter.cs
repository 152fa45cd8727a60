using System.Globalization;
using Ingest.Core.Diagnostics;
using Ingest.Core.Stages.Emit;

namespace Ingest.Cli.Output;

/// <summary>The report for people: findings grouped by file, with line and column, coloured on a terminal.</summary>
internal static class TextReportWriter
{
    public static void Write(TextWriter output, ValidationReport report, bool colour)
    {
        foreach (var file in report.Active.GroupBy(f => f.Diagnostic.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Paint(file.Key.Length == 0 ? "(run)" : file.Key, "1", colour));
            foreach (var finding in file)
            {
                var where = finding.Location is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l.Line}:{l.Column}") : "-";
                var severity = FormatNames.Of(finding.Diagnostic.Severity);
                output.WriteLine($"  {where,-9} {Paint(severity, ColourOf(finding.Diagnostic.Severity), colour),-7} {finding.Diagnostic.Code}  {finding.Diagnostic.Message}");
            }
        }
        var active = report.Active.ToList();
        string Count(Severity s, string noun) => Plural(active.Count(f => f.Diagnostic.Severity == s), noun);
        var suppressed = report.Findings.Length - active.Count;
        output.WriteLine($"{Plural(report.Inputs.Length, "file")}: {Count(Severity.Error, "error")}, {Count(Severity.Warning, "warning")}, {Count(Severity.Info, "info")}"
            + (suppressed > 0 ? $", {suppressed.ToString(CultureInfo.InvariantCulture)} suppressed by the baseline" : string.Empty));
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    private static string ColourOf(Severity severity) => severity switch
    {
        Severity.Error => "31",
        Severity.Warning => "33",
        _ => "36",
    };

    private static string Paint(string text, string code, bool colour) => colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
