namespace Ingest.Core.Stages.Align;

/// <summary>A run of consecutive sections of one document aligned with a run of another's (1:1, 1:2 or 2:1).</summary>
public sealed record RunPair(int AStart, int ACount, int BStart, int BCount, PairScore Score);
