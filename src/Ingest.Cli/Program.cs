using Ingest.Cli;

return CliApp.Run(args, new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory,
    ErrorIsTerminal: !Console.IsErrorRedirected,
    GitHubActions: Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true"));
