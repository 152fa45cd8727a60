using Ingest.Cli;

return CliApp.Run(args, new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory,
    ErrorIsTerminal: !Console.IsErrorRedirected));
