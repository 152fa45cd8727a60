namespace Ingest.Core.Model;

/// <summary>The pages a section's heading and own text are printed on, first to last (1-based, inclusive).</summary>
public readonly record struct PageRange(int First, int Last);
