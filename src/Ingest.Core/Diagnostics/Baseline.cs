using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Ingest.Core.Json;

namespace Ingest.Core.Diagnostics;

/// <summary>Known findings, by rule, path and fingerprint, with how many of each are known; <c>validate --baseline</c> suppresses them.</summary>
public sealed class Baseline
{
    private readonly Dictionary<(string Code, string Path, string Fingerprint), int> _known;

    private Baseline(Dictionary<(string, string, string), int> known) => _known = known;

    public static Baseline Of(IEnumerable<Finding> findings) => new(findings
        .GroupBy(f => (f.Diagnostic.Code, f.Diagnostic.Path, f.Fingerprint))
        .ToDictionary(g => g.Key, g => g.Count()));

    /// <summary>Marks as suppressed as many of each known finding as the baseline holds; anything beyond is new.</summary>
    public ImmutableArray<Finding> Apply(IEnumerable<Finding> findings)
    {
        var left = new Dictionary<(string, string, string), int>(_known);
        return
        [
            .. findings.Select(f =>
            {
                var key = (f.Diagnostic.Code, f.Diagnostic.Path, f.Fingerprint);
                if (left.TryGetValue(key, out var count) && count > 0)
                {
                    left[key] = count - 1;
                    return f with { Suppressed = true };
                }
                return f;
            }),
        ];
    }

    public byte[] ToJson() => JsonTextWriter.Indented(new JsonObject
    {
        ["format"] = "ingest.baseline",
        ["formatVersion"] = "1",
        ["findings"] = new JsonArray([.. _known.OrderBy(k => k.Key.Path, StringComparer.Ordinal)
            .ThenBy(k => k.Key.Code, StringComparer.Ordinal).ThenBy(k => k.Key.Fingerprint, StringComparer.Ordinal)
            .Select(k => (JsonNode?)new JsonObject
            {
                ["code"] = k.Key.Code,
                ["path"] = k.Key.Path,
                ["fingerprint"] = k.Key.Fingerprint,
                ["count"] = k.Value,
            })]),
    });

    /// <summary>Reads a baseline written by <see cref="ToJson"/>; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static Baseline Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new FormatException($"not valid JSON: {e.Message}", e);
        }
        if (root is not JsonObject obj || obj["format"] is not JsonValue format || format.ToString() != "ingest.baseline")
        {
            throw new FormatException("not an ingest baseline (expected \"format\": \"ingest.baseline\"); write one with --write-baseline");
        }
        var known = new Dictionary<(string, string, string), int>();
        var index = 0;
        foreach (var entry in obj["findings"] as JsonArray ?? [])
        {
            if (entry is not JsonObject item || Text(item, "code") is not { } code || Text(item, "path") is not { } path
                || Text(item, "fingerprint") is not { } fingerprint)
            {
                throw new FormatException($"$.findings[{index}]: expected an object with code, path and fingerprint strings");
            }
            var count = item["count"] is JsonValue value && value.TryGetValue<int>(out var n) ? n : 1;
            known[(code, path, fingerprint)] = known.GetValueOrDefault((code, path, fingerprint)) + count;
            index++;
        }
        return new Baseline(known);
    }

    private static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
