namespace Ingest.Cli;

/// <summary>What a command runs against: its writers, the folder paths are relative to, whether stderr is a terminal,
/// and the reader standing for stdin (null: the console's).</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string CurrentDirectory, bool ErrorIsTerminal, TextReader? In = null);
