using System.Text.Json.Nodes;

namespace Ingest.Core.Json;

/// <summary>The JSON Schemas shipped with Ingest (embedded resources): bundle, manifest, pipeline.</summary>
public static class SchemaCatalog
{
    public static IReadOnlyList<string> Names { get; } = ["bundle", "manifest", "pipeline"];

    /// <summary>The schema's text exactly as shipped.</summary>
    public static string Text(string name)
    {
        if (!Names.Contains(name))
        {
            throw new ArgumentException($"Unknown schema '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name));
        }
        using var stream = typeof(SchemaCatalog).Assembly.GetManifestResourceStream($"Ingest.Schemas.{name}.schema.json")
            ?? throw new InvalidOperationException($"Schema resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonNode Load(string name) => JsonNode.Parse(Text(name))!;
}
