namespace Ingest.Core.Stages.Repair;

/// <summary>Options of the repair stage, bound from pipeline.json.</summary>
public sealed record RepairOptions
{
    /// <summary>Runs of U+FFFD at least this long are removed; shorter ones are kept (they may stand for one lost letter).</summary>
    public int MinCorruptRun { get; init; } = 1;

    /// <summary>Convert CRLF and CR line ends to LF.</summary>
    public bool NormalizeLineEndings { get; init; } = true;
}
