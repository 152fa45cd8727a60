namespace Ingest.Core.Stages.Group;

/// <summary>What the grouper knows of one document: its anchors and its script-adjusted length.</summary>
public sealed record GroupInput(IReadOnlySet<string> Anchors, double Length);
