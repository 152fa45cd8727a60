namespace Ingest.Core.Stages.Group;

/// <summary>The bundles found (document indexes, each sorted) and the summaries attached to a longer document's bundle.</summary>
public sealed record GroupResult(IReadOnlyList<IReadOnlyList<int>> Bundles, IReadOnlyList<GroupLink> Summaries);
