using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Align;

/// <summary>The alignments of one bundle and the sections whose content some documents lack.</summary>
public sealed record BundleAlignment(ImmutableArray<Alignment> Alignments, IReadOnlyList<MissingContent> Missing);
