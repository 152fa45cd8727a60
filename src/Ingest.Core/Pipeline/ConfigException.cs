namespace Ingest.Core.Pipeline;

/// <summary>pipeline.json cannot be used: each message names the file, the JSON path and what was expected.</summary>
public sealed class ConfigException(string file, IReadOnlyList<string> problems)
    : Exception($"{file}: {string.Join("; ", problems)}")
{
    public string File { get; } = file;

    public IReadOnlyList<string> Problems { get; } = problems;
}
