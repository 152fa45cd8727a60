using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Ingest.Core.Json;
using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Emit;
using Ingest.Core.Stages.Group;
using Ingest.Core.Stages.Language;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Pipeline;

/// <summary>Every stage Ingest knows, in canonical order, and how to build each from its options.</summary>
public static class StageCatalog
{
    public static ImmutableArray<string> Names { get; } =
        ["read", "repair", "parse", "language", "sections", "group", "align", "emit"];

    /// <summary>Builds the plan for <paramref name="config"/>; the emit stage is left out when <paramref name="environment"/> has no output.</summary>
    public static PipelinePlan Build(PipelineConfig config, StageEnvironment environment, SeverityPolicy? policy = null)
    {
        var documentStages = ImmutableArray.CreateBuilder<IDocumentStage>();
        var corpusStages = ImmutableArray.CreateBuilder<ICorpusStage>();
        foreach (var stage in config.Stages)
        {
            switch (stage.Name)
            {
                case "read": documentStages.Add(new ReadStage(Bind(stage, JsonContext.Default.ReadOptions))); break;
                case "repair": documentStages.Add(new RepairStage(Bind(stage, JsonContext.Default.RepairOptions))); break;
                case "parse": documentStages.Add(new ParseStage(Bind(stage, JsonContext.Default.ParseOptions))); break;
                case "language": documentStages.Add(new LanguageStage(Bind(stage, JsonContext.Default.LanguageOptions))); break;
                case "sections": documentStages.Add(new SectionsStage(Bind(stage, JsonContext.Default.SectionsOptions))); break;
                case "group": corpusStages.Add(new GroupStage(Bind(stage, JsonContext.Default.GroupOptions))); break;
                case "align": corpusStages.Add(new AlignStage(Bind(stage, JsonContext.Default.AlignOptions))); break;
                case "emit" when environment.Output is { } output:
                    corpusStages.Add(new EmitStage(Bind(stage, JsonContext.Default.EmitOptions), output));
                    break;
                case "emit":
                    break;
                default:
                    throw new ConfigException("pipeline", [$"unknown stage '{stage.Name}'; expected one of {string.Join(", ", Names)}"]);
            }
        }
        return new PipelinePlan(documentStages.ToImmutable(), corpusStages.ToImmutable(), config.Limits,
            policy ?? SeverityPolicy.Default);
    }

    private static T Bind<T>(StageConfig stage, JsonTypeInfo<T> type) where T : new() =>
        stage.Options.Count == 0 ? new T() : stage.Options.Deserialize(type) ?? new T();
}
