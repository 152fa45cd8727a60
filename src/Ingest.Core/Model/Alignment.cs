using System.Collections.Immutable;

namespace Ingest.Core.Model;

/// <summary>Sections of different documents of a bundle that carry the same content.</summary>
public sealed record Alignment(
    string Id,
    double Confidence,
    ImmutableArray<AlignmentMember> Members,
    ImmutableArray<string> Evidence);
