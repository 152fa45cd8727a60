namespace Ingest.Core.Model;

/// <summary>What happened to an input file.</summary>
public enum InputStatus
{
    Ok,
    Failed,
    Skipped,
}
