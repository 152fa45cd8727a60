using System.Text.Json.Nodes;

namespace Ingest.Core.Pipeline;

/// <summary>One entry of pipeline.json's <c>stages</c>: the stage's name and its options as written.</summary>
public sealed record StageConfig(string Name, JsonObject Options);
