namespace Ingest.Cli;

/// <summary>What a command runs against: its writers, the folder paths are relative to, and whether stderr is a terminal.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string CurrentDirectory, bool ErrorIsTerminal);
