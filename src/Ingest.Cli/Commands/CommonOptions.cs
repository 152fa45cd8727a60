using System.CommandLine;
using System.CommandLine.Parsing;

namespace Ingest.Cli.Commands;

/// <summary>Options several commands share, each made fresh per command.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and folders to read (folders recursively). Without any: the inputs pipeline.json names.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(RejectOptionLikeValues);
        return paths;
    }

    /// <summary>A misspelt option would otherwise be read as a path; a file named "-x" can be given as "./-x".</summary>
    public static void RejectOptionLikeValues(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
        {
            result.AddError($"Unknown option '{token.Value}'. (A file whose name starts with '-' can be given as './{token.Value}'.)");
        }
    }

    public static Option<string?> Config() => new("--config")
    {
        Description = "The pipeline configuration. Default: ./pipeline.json if present, else built-in defaults.",
        HelpName = "FILE",
    };

    public static Option<string?> PdfPassword() => new("--pdf-password")
    {
        Description = "Password for encrypted PDFs (the empty password is always tried first).",
        HelpName = "PASSWORD",
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "How many documents to process at once.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
}
