using System.CommandLine;

namespace Ingest.Cli.Commands;

/// <summary>Options several commands share, each made fresh per command.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files and folders to read (folders recursively). Without any: the inputs pipeline.json names.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> Config() => new("--config")
    {
        Description = "The pipeline configuration. Default: ./pipeline.json if present, else built-in defaults.",
        HelpName = "FILE",
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "How many documents to process at once.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
}
