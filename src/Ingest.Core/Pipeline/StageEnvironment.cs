namespace Ingest.Core.Pipeline;

/// <summary>What stages get from the run besides their options: where output goes (null when nothing is written).</summary>
public sealed record StageEnvironment(IOutputSink? Output);
