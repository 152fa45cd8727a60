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
        string Count(Severity s) => active.Count(f => f.Diagnostic.Severity == s).ToString(CultureInfo.InvariantCulture);
        var suppressed = report.Findings.Length - active.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Inputs.Length} files: {Count(Severity.Error)} errors, {Count(Severity.Warning)} warnings, {Count(Severity.Info)} infos{(suppressed > 0 ? $", {suppressed} suppressed by the baseline" : string.Empty)}"));
    }

    private static string ColourOf(Severity severity) => severity switch
    {
        Severity.Error => "31",
        Severity.Warning => "33",
        _ => "36",
    };

    private static string Paint(string text, string code, bool colour) => colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
