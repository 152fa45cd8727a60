using System.Text.Json.Nodes;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Emit;

/// <summary>Builds manifest.json: one entry per input file, sorted by path, whatever happened to it.</summary>
public static class ManifestJson
{
    public static JsonObject Build(Corpus corpus, IReadOnlyDictionary<string, string> bundleOfDocument)
    {
        var byPath = corpus.Diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return new JsonObject
        {
            ["format"] = "ingest.manifest",
            ["formatVersion"] = BundleJson.FormatVersion,
            ["inputs"] = BundleJson.Array(corpus.Inputs.OrderBy(i => i.Path, StringComparer.Ordinal).Select(input =>
                (JsonNode?)InputNode(input, byPath.GetValueOrDefault(input.Path) ?? [], bundleOfDocument))),
        };
    }

    private static JsonObject InputNode(InputRecord input, List<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> bundles)
    {
        var node = new JsonObject
        {
            ["path"] = input.Path,
            ["sha256"] = input.Sha256,
            ["bytes"] = input.Bytes,
            ["status"] = FormatNames.Of(input.Status),
        };
        if (input.Document is not null)
        {
            node["document"] = input.Document;
            node["bundle"] = bundles.GetValueOrDefault(input.Document);
        }
        node["diagnostics"] = BundleJson.Array(DiagnosticOrder.Sort(diagnostics).Select(d => (JsonNode?)DiagnosticNode(d)));
        return node;
    }

    private static JsonObject DiagnosticNode(Diagnostic diagnostic)
    {
        var node = new JsonObject
        {
            ["severity"] = FormatNames.Of(diagnostic.Severity),
            ["code"] = diagnostic.Code,
            ["message"] = diagnostic.Message,
        };
        if (diagnostic.Span is { } span)
        {
            node["start"] = span.Start;
            node["end"] = span.End;
            node["unit"] = FormatNames.Of(span.Unit);
        }
        if (diagnostic.Section is not null)
        {
            node["section"] = diagnostic.Section;
        }
        return node;
    }
}
