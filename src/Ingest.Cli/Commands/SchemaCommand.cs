using System.CommandLine;
using Ingest.Core.Json;

namespace Ingest.Cli.Commands;

/// <summary><c>ingest schema NAME</c>: prints the JSON Schema of bundle, manifest or pipeline files.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name")
        {
            Description = "bundle, manifest or pipeline. Without it: the list of names.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        name.AcceptOnlyFromAmong([.. SchemaCatalog.Names]);
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of an output or configuration file.") { name };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(name) is { } chosen)
            {
                output.Write(SchemaCatalog.Text(chosen));
            }
            else
            {
                foreach (var known in SchemaCatalog.Names)
                {
                    output.WriteLine(known);
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
