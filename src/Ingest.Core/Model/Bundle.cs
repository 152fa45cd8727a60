using System.Collections.Immutable;

namespace Ingest.Core.Model;

/// <summary>Documents that are versions of the same content, with their aligned sections.</summary>
/// <param name="Key">Stable, readable, unique key; also the bundle's file name.</param>
/// <param name="Documents">Ids of the member documents.</param>
/// <param name="Alignments">Aligned sections, filled by the align stage.</param>
public sealed record Bundle(string Key, ImmutableArray<string> Documents, ImmutableArray<Alignment> Alignments);
