using System.Collections.Immutable;

namespace Ingest.Core.Pipeline;

/// <summary>pipeline.json after validation: inputs, limits, stages in order with their options.</summary>
/// <param name="Inputs">Paths to read when the command line names none, relative to <paramref name="BaseDirectory"/>.</param>
/// <param name="BaseDirectory">The folder of the configuration file (the current folder for built-in defaults).</param>
/// <param name="Limits">Input limits.</param>
/// <param name="Stages">Stages in order.</param>
/// <param name="Policy">Rule severities from <c>rules</c> and <c>overrides</c>.</param>
public sealed record PipelineConfig(
    ImmutableArray<string> Inputs,
    string BaseDirectory,
    InputLimits Limits,
    ImmutableArray<StageConfig> Stages,
    SeverityPolicy? Policy = null)
{
    public SeverityPolicy SeverityPolicy => Policy ?? SeverityPolicy.Default;

    /// <summary>Every stage in its canonical order, each with its default options.</summary>
    public static PipelineConfig Defaults(string baseDirectory) =>
        new([], baseDirectory, new InputLimits(), [.. StageCatalog.Names.Select(n => new StageConfig(n, []))]);

    /// <summary>A copy with the read stage's PDF password set (the command line's <c>--pdf-password</c>).</summary>
    public PipelineConfig WithPdfPassword(string password)
    {
        var read = Stages.FirstOrDefault(s => s.Name == "read");
        var pdf = read?.Options["pdf"]?.DeepClone() as System.Text.Json.Nodes.JsonObject ?? [];
        pdf["password"] = password;
        return WithStageOption("read", "pdf", pdf);
    }

    /// <summary>A copy with one option of one stage set (e.g. the command line's <c>--jcs</c>); a stage not listed is left alone.</summary>
    public PipelineConfig WithStageOption(string stage, string option, System.Text.Json.Nodes.JsonNode? value) => this with
    {
        Stages = [.. Stages.Select(s => s.Name != stage ? s : s with
        {
            Options = new System.Text.Json.Nodes.JsonObject(s.Options.Select(o => KeyValuePair.Create(o.Key, o.Value?.DeepClone()))) { [option] = value },
        })],
    };
}
