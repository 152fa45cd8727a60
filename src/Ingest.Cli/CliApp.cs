using System.CommandLine;
using Ingest.Cli.Commands;

namespace Ingest.Cli;

/// <summary>Builds the <c>ingest</c> command tree and runs it; parse errors exit 2 as the contract says.</summary>
public static class CliApp
{
    public static RootCommand Build(CliEnvironment environment) =>
        new("Ingest: reads documents in any language and format, repairs and structures them, and writes canonical JSON bundles.")
        {
            RunCommand.Create(environment),
            InspectCommand.Create(environment),
            ValidateCommand.Create(environment),
            ExtractCommand.Create(environment),
            SchemaCommand.Create(),
            LanguageCommand.Create(environment),
        };

    public static int Run(string[] args, CliEnvironment environment)
    {
        var parse = Build(environment).Parse(args);
        var invocation = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                environment.Error.WriteLine($"ingest: {error.Message}");
            }
            environment.Error.WriteLine("Run 'ingest --help' for usage.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(invocation);
    }
}
