using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Ingest.Core.Diagnostics;
using Ingest.Core.Json;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Emit;

/// <summary>Builds a bundle file's JSON (bundle-format.md, version 1) with its digest over the RFC 8785 form.</summary>
public static class BundleJson
{
    public const string FormatVersion = "1";

    public static JsonObject Build(Bundle bundle, IReadOnlyList<Document> documents, IEnumerable<Diagnostic> diagnostics)
    {
        var ordered = documents.OrderBy(d => d.Language.Tag, StringComparer.Ordinal)
            .ThenBy(d => d.Source.Path, StringComparer.Ordinal).ToList();
        var body = new JsonObject
        {
            ["format"] = "ingest.bundle",
            ["formatVersion"] = FormatVersion,
            ["key"] = bundle.Key,
            ["digest"] = string.Empty,
            ["languages"] = Array(ordered.Select(d => d.Language.Tag).Distinct().Order(StringComparer.Ordinal).Select(t => (JsonNode?)t)),
            ["documents"] = Array(ordered.Select(DocumentNode)),
            ["alignments"] = Array(bundle.Alignments.Select(AlignmentNode)),
            ["diagnostics"] = Array(diagnostics
                .OrderBy(d => d.Document ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Section ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Span?.Start ?? -1)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Select(DiagnosticNode)),
        };
        body["digest"] = Digest(body);
        return body;
    }

    /// <summary><c>sha256:</c> and the hex SHA-256 of the JCS form of <paramref name="bundle"/> without its digest member.</summary>
    public static string Digest(JsonObject bundle)
    {
        var copy = (JsonObject)bundle.DeepClone();
        copy.Remove("digest");
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(JsonTextWriter.Canonical(copy)));
    }

    private static JsonNode DocumentNode(Document document) => new JsonObject
    {
        ["id"] = document.Id,
        ["source"] = new JsonObject
        {
            ["path"] = document.Source.Path,
            ["sha256"] = document.Source.Sha256,
            ["bytes"] = document.Source.Bytes,
            ["format"] = FormatNames.Of(document.Source.Format),
        },
        ["encoding"] = EncodingNode(document.Encoding),
        ["language"] = new JsonObject { ["tag"] = document.Language.Tag, ["confidence"] = document.Language.Confidence },
        ["title"] = document.Title,
        ["repairs"] = Array(document.Repairs.Select(RepairNode)),
        ["sections"] = Array(document.Sections.Select(SectionNode)),
    };

    private static JsonObject EncodingNode(DetectedEncoding encoding)
    {
        var node = new JsonObject
        {
            ["name"] = encoding.Name,
            ["confidence"] = encoding.Confidence,
            ["bom"] = encoding.Bom,
            ["method"] = encoding.Method,
        };
        if (encoding.RunnerUp is not null)
        {
            node["runnerUp"] = encoding.RunnerUp;
        }
        return node;
    }

    public static JsonNode RepairNode(Model.Repair repair) => new JsonObject
    {
        ["kind"] = repair.Kind,
        ["start"] = repair.Span.Start,
        ["end"] = repair.Span.End,
        ["unit"] = FormatNames.Of(repair.Span.Unit),
        ["count"] = repair.Count,
        ["detail"] = repair.Detail,
    };

    private static JsonNode SectionNode(Section section)
    {
        var node = new JsonObject
        {
            ["id"] = section.Id,
            ["parent"] = section.Parent,
            ["level"] = section.Level,
            ["number"] = section.Number,
            ["title"] = section.Title,
            ["kind"] = FormatNames.Of(section.Kind),
            ["language"] = section.Language.Tag,
            ["start"] = section.Span.Start,
            ["end"] = section.Span.End,
        };
        if (PagesNode(section) is { } pages)
        {
            node["pages"] = pages;
        }
        node["text"] = section.Text;
        return node;
    }

    /// <summary>The section's <c>pages</c> member; null for unpaged formats, whose sections leave the member out rather than write null.</summary>
    public static JsonObject? PagesNode(Section section) =>
        section.Pages is { } pages ? new JsonObject { ["first"] = pages.First, ["last"] = pages.Last } : null;

    private static JsonNode AlignmentNode(Alignment alignment) => new JsonObject
    {
        ["id"] = alignment.Id,
        ["confidence"] = alignment.Confidence,
        ["members"] = Array(alignment.Members.Select(m => (JsonNode?)new JsonObject { ["document"] = m.Document, ["section"] = m.Section })),
        ["evidence"] = Array(alignment.Evidence.Select(e => (JsonNode?)e)),
    };

    private static JsonNode DiagnosticNode(Diagnostic diagnostic)
    {
        var node = new JsonObject
        {
            ["severity"] = FormatNames.Of(diagnostic.Severity),
            ["code"] = diagnostic.Code,
        };
        if (diagnostic.Document is not null)
        {
            node["document"] = diagnostic.Document;
        }
        if (diagnostic.Section is not null)
        {
            node["section"] = diagnostic.Section;
        }
        node["message"] = diagnostic.Message;
        return node;
    }

    internal static JsonArray Array(IEnumerable<JsonNode?> items) => [.. items];
}
