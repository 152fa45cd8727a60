namespace Ingest.Core.Diagnostics;

/// <summary>A stable diagnostic code with its title, default severity and what the user should do.</summary>
public sealed record Rule(string Code, string Title, Severity DefaultSeverity, string Help);
