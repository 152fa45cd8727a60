using System.Text;
using System.Text.Json.Nodes;
using Ingest.Core.Diagnostics;
using Ingest.Core.Json;
using Ingest.Core.Stages.Emit;

namespace Ingest.Cli.Output;

/// <summary>The machine-readable report: every finding with its position, fingerprint and baseline state.</summary>
internal static class JsonReportWriter
{
    public static void Write(TextWriter output, ValidationReport report)
    {
        var root = new JsonObject
        {
            ["format"] = "ingest.validation",
            ["formatVersion"] = "1",
            ["strict"] = report.Strict,
            ["failed"] = report.Failing.Any(),
            ["findings"] = new JsonArray([.. report.Findings.Select(f => (JsonNode?)Node(f, report))]),
        };
        output.Write(Encoding.UTF8.GetString(JsonTextWriter.Indented(root)));
    }

    private static JsonObject Node(Finding finding, ValidationReport report)
    {
        var d = finding.Diagnostic;
        var node = new JsonObject
        {
            ["path"] = d.Path,
            ["code"] = d.Code,
            ["title"] = d.Rule.Title,
            ["severity"] = FormatNames.Of(d.Severity),
            ["message"] = d.Message,
        };
        if (finding.Location is { } l)
        {
            node["line"] = l.Line;
            node["column"] = l.Column;
            node["endLine"] = l.EndLine;
            node["endColumn"] = l.EndColumn;
        }
        if (d.Document is not null)
        {
            node["document"] = d.Document;
        }
        if (d.Section is not null)
        {
            node["section"] = d.Section;
        }
        node["fingerprint"] = finding.Fingerprint;
        node["suppressed"] = finding.Suppressed;
        node["failing"] = !finding.Suppressed && report.IsFailing(d.Severity);
        return node;
    }
}
