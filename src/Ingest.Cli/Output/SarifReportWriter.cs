using System.Text;
using System.Text.Json.Nodes;
using Ingest.Core.Diagnostics;
using Ingest.Core.Json;

namespace Ingest.Cli.Output;

/// <summary>SARIF 2.1.0 (OASIS): the tool with its rules, and results with physical locations, so code scanning shows them inline.</summary>
internal static class SarifReportWriter
{
    public static void Write(TextWriter output, ValidationReport report, bool withBaseline)
    {
        var ruleIndex = report.Rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "ingest",
                    ["semanticVersion"] = typeof(SarifReportWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                    ["rules"] = new JsonArray([.. report.Rules.Select(r => (JsonNode?)RuleNode(r))]),
                },
            },
            ["columnKind"] = "utf16CodeUnits",
            ["results"] = new JsonArray([.. report.Findings.Select(f => (JsonNode?)ResultNode(f, ruleIndex, withBaseline))]),
        };
        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
        output.Write(Encoding.UTF8.GetString(JsonTextWriter.Indented(log)));
    }

    private static JsonObject RuleNode(Rule rule) => new()
    {
        ["id"] = rule.Code,
        ["name"] = string.Concat(rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
        ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
        ["fullDescription"] = new JsonObject { ["text"] = rule.Help },
        ["help"] = new JsonObject { ["text"] = rule.Help },
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultSeverity) },
    };

    private static JsonObject ResultNode(Finding finding, Dictionary<string, int> ruleIndex, bool withBaseline)
    {
        var d = finding.Diagnostic;
        var physical = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = Uri(d.Path), ["uriBaseId"] = "%SRCROOT%" },
        };
        if (finding.Location is { } l)
        {
            physical["region"] = new JsonObject
            {
                ["startLine"] = l.Line,
                ["startColumn"] = l.Column,
                ["endLine"] = l.EndLine,
                ["endColumn"] = l.EndColumn,
            };
        }
        var result = new JsonObject
        {
            ["ruleId"] = d.Code,
            ["level"] = Level(d.Severity),
            ["message"] = new JsonObject { ["text"] = d.Message },
            ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical }),
            ["partialFingerprints"] = new JsonObject { ["ingestFingerprint/v1"] = finding.Fingerprint },
        };
        if (ruleIndex.TryGetValue(d.Code, out var index))
        {
            result["ruleIndex"] = index;
        }
        if (withBaseline)
        {
            result["baselineState"] = finding.Suppressed ? "unchanged" : "new";
        }
        if (finding.Suppressed)
        {
            result["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "external", ["justification"] = "listed in the baseline" });
        }
        return result;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>A relative URI reference: each path segment percent-encoded, '/' kept.</summary>
    private static string Uri(string path) => path.Length == 0 ? "." : string.Join("/", path.Split('/').Select(System.Uri.EscapeDataString));
}
