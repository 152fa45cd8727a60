using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Cli.Commands;

/// <summary>What every pipeline command does first: load the configuration, collect the inputs, build the plan.</summary>
internal sealed class PipelineSession
{
    private PipelineSession(PipelineConfig config, InputSet inputs)
    {
        Config = config;
        Inputs = inputs;
    }

    public PipelineConfig Config { get; }

    public InputSet Inputs { get; }

    /// <summary>Loads the configuration and inputs, or writes why not and returns null (exit 2).</summary>
    public static PipelineSession? Open(CliEnvironment environment, string? configPath, IReadOnlyList<string> paths,
        string? pdfPassword, Func<PipelineConfig, PipelineConfig>? adjust = null)
    {
        if (LoadConfig(environment, configPath) is not { } config)
        {
            return null;
        }
        config = pdfPassword is null ? config : config.WithPdfPassword(pdfPassword);
        config = adjust?.Invoke(config) ?? config;
        var given = paths.Count > 0
            ? paths
            : config.Inputs.Select(i => Path.GetRelativePath(environment.CurrentDirectory, Path.GetFullPath(i, config.BaseDirectory))).ToList();
        if (given.Count == 0)
        {
            environment.Error.WriteLine("ingest: no inputs: name files or folders on the command line, or list them under \"inputs\" in pipeline.json.");
            return null;
        }
        var inputs = new InputCollector(environment.CurrentDirectory).Collect(given);
        return new PipelineSession(config, inputs);
    }

    /// <summary>The configuration at <paramref name="configPath"/>, else ./pipeline.json if present, else the defaults;
    /// null (with the problems written) when it is not valid.</summary>
    public static PipelineConfig? LoadConfig(CliEnvironment environment, string? configPath)
    {
        try
        {
            var current = Path.GetFullPath(environment.CurrentDirectory);
            var path = configPath ?? Path.Combine(current, "pipeline.json");
            return configPath is not null || File.Exists(path)
                ? PipelineConfigLoader.Load(Path.GetFullPath(path, current))
                : PipelineConfig.Defaults(environment.CurrentDirectory);
        }
        catch (ConfigException e)
        {
            foreach (var problem in e.Problems)
            {
                environment.Error.WriteLine($"ingest: {e.File}: {problem}");
            }
            return null;
        }
    }

    public Corpus Run(PipelinePlan plan, int jobs, IProgress<RunProgress>? progress = null) =>
        new PipelineRunner(plan).Run(Inputs, jobs, progress);
}
