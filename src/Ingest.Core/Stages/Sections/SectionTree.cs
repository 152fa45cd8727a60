using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Sections;

/// <summary>The sections of a document in reading order and what the builder found wrong with them.</summary>
public sealed record SectionTree(ImmutableArray<Section> Sections, ImmutableArray<SectionFinding> Findings);
