using System.Collections.Immutable;

namespace Ingest.Core.Pipeline;

/// <summary>The stages to run, in order, built from pipeline.json, with the limits and severity policy.</summary>
public sealed record PipelinePlan(
    ImmutableArray<IDocumentStage> DocumentStages,
    ImmutableArray<ICorpusStage> CorpusStages,
    InputLimits Limits,
    SeverityPolicy Policy);
