using System.Reflection;

namespace Ingest.Cli.Tests.TestSupport;

/// <summary>Runs the ingest command in-process, capturing stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string RepositoryRoot { get; } = typeof(CliRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    public static CliRun Invoke(string currentDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliEnvironment(output, error, currentDirectory, ErrorIsTerminal: false));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
