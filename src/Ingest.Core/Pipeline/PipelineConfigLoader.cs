using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Core.Json;
using Ingest.Core.Json.Schema;

namespace Ingest.Core.Pipeline;

/// <summary>Reads pipeline.json, checks it against the shipped schema, and checks what a schema cannot say (stage order).</summary>
public static class PipelineConfigLoader
{
    public static PipelineConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, [$"cannot be read ({e.Message})"]);
        }
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return Parse(text, path, baseDirectory);
    }

    public static PipelineConfig Parse(string text, string file, string baseDirectory)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigException(file, [$"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}"]);
        }
        var errors = new JsonSchemaValidator(SchemaCatalog.Load("pipeline")).Validate(root);
        if (errors.Count > 0)
        {
            throw new ConfigException(file, [.. errors.Select(e => e.ToString())]);
        }
        var obj = (JsonObject)root!;
        var stages = (obj["stages"] as JsonArray ?? []).Select((s, i) => new StageConfig(
            s!["name"]!.GetValue<string>(), s["options"]?.DeepClone() as JsonObject ?? [])).ToList();
        CheckOrder(stages, file);
        var limits = OptionsBinder.Bind(obj["limits"] as JsonObject, JsonContext.Default.InputLimits);
        var inputs = (obj["inputs"] as JsonArray ?? []).Select(i => i!.GetValue<string>()).ToList();
        return new PipelineConfig([.. inputs], baseDirectory, limits,
            stages.Count == 0 ? PipelineConfig.Defaults(baseDirectory).Stages : [.. stages], ReadPolicy(obj));
    }

    private static SeverityPolicy ReadPolicy(JsonObject root)
    {
        static Dictionary<string, Diagnostics.Severity> Rules(JsonNode? node) =>
            (node as JsonObject ?? []).ToDictionary(p => p.Key, p => SeverityPolicy.Parse(p.Value!.GetValue<string>()), StringComparer.Ordinal);
        var overrides = (root["overrides"] as JsonArray ?? []).Select(o => new PathOverride(
            [.. o!["paths"]!.AsArray().Select(p => new Glob(p!.GetValue<string>()))], Rules(o["rules"]))).ToList();
        return new SeverityPolicy(Rules(root["rules"]), [.. overrides]);
    }

    private static void CheckOrder(List<StageConfig> stages, string file)
    {
        var problems = new List<string>();
        var last = -1;
        for (var i = 0; i < stages.Count; i++)
        {
            var position = StageCatalog.Names.IndexOf(stages[i].Name);
            if (position <= last)
            {
                problems.Add($"$.stages[{i}].name: '{stages[i].Name}' is out of order or repeated; expected the stages in the order {string.Join(", ", StageCatalog.Names)} (each at most once)");
            }
            last = Math.Max(last, position);
        }
        if (stages.Count > 0 && stages[0].Name != "read")
        {
            problems.Add("$.stages[0].name: expected 'read' first; every other stage needs the decoded text");
        }
        if (problems.Count > 0)
        {
            throw new ConfigException(file, problems);
        }
    }
}
