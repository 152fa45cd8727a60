namespace Ingest.Cli;

/// <summary>What a command runs against: its writers, the folder paths are relative to, and facts about the terminal and CI.</summary>
/// <param name="Out">Machine output (stdout).</param>
/// <param name="Error">Progress and messages for people (stderr).</param>
/// <param name="CurrentDirectory">The folder relative paths start from.</param>
/// <param name="ErrorIsTerminal">Whether stderr is a terminal (progress and colour only then).</param>
/// <param name="GitHubActions">Whether the process runs in GitHub Actions (GITHUB_ACTIONS=true): validate then also writes workflow annotations.</param>
/// <param name="In">The reader standing for stdin (<c>ingest language</c> reads it); null: the console's.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string CurrentDirectory, bool ErrorIsTerminal, bool GitHubActions = false,
    TextReader? In = null);
