namespace Ingest.Core.Diagnostics;

/// <summary>How serious a finding is. <see cref="None"/> means a rule switched off by policy.</summary>
public enum Severity
{
    None,
    Info,
    Warning,
    Error,
}
