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
        // Sections decide their own language with the language stage's thresholds.
        var sectionLanguage = new LanguageIdentifier(LanguageModel.Default, LanguageOptionsOf(config));
        foreach (var stage in config.Stages)
        {
            switch (BindOptions(stage))
            {
                case ReadOptions o: documentStages.Add(new ReadStage(o)); break;
                case RepairOptions o: documentStages.Add(new RepairStage(o)); break;
                case ParseOptions o: documentStages.Add(new ParseStage(o)); break;
                case LanguageOptions o: documentStages.Add(new LanguageStage(o)); break;
                case SectionsOptions o: documentStages.Add(new SectionsStage(o, sectionLanguage)); break;
                case GroupOptions o: corpusStages.Add(new GroupStage(o)); break;
                case AlignOptions o: corpusStages.Add(new AlignStage(o)); break;
                case EmitOptions o when environment.Output is { } output: corpusStages.Add(new EmitStage(o, output)); break;
            }
        }
        return new PipelinePlan(documentStages.ToImmutable(), corpusStages.ToImmutable(), config.Limits,
            policy ?? config.SeverityPolicy);
    }

    /// <summary>The language stage's options in <paramref name="config"/>, or the defaults when it has no language stage.</summary>
    public static LanguageOptions LanguageOptionsOf(PipelineConfig config) =>
        config.Stages.Where(s => s.Name == "language").Select(BindOptions).OfType<LanguageOptions>().FirstOrDefault() ?? new LanguageOptions();

    /// <summary>The stage's options record, bound from its JSON options with defaults for what is not given.</summary>
    public static object BindOptions(StageConfig stage) => stage.Name switch
    {
        "read" => Bind(stage, JsonContext.Default.ReadOptions),
        "repair" => Bind(stage, JsonContext.Default.RepairOptions),
        "parse" => Bind(stage, JsonContext.Default.ParseOptions),
        "language" => Bind(stage, JsonContext.Default.LanguageOptions),
        "sections" => Bind(stage, JsonContext.Default.SectionsOptions),
        "group" => Bind(stage, JsonContext.Default.GroupOptions),
        "align" => Bind(stage, JsonContext.Default.AlignOptions),
        "emit" => Bind(stage, JsonContext.Default.EmitOptions),
        _ => throw new ConfigException("pipeline", [$"unknown stage '{stage.Name}'; expected one of {string.Join(", ", Names)}"]),
    };

    private static T Bind<T>(StageConfig stage, JsonTypeInfo<T> type) where T : new() => OptionsBinder.Bind(stage.Options, type);
}
