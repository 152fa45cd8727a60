using System.Collections.Immutable;

namespace Ingest.Pdf.Objects;

/// <summary>
/// A heading element of the tagged structure: its level (1 for H), first page, the marked-content pieces
/// (page, MCID) that hold its text in reading order, and its /ActualText when the producer gave one.
/// </summary>
internal sealed record StructureHeading(int Level, int? Page, ImmutableArray<(int Page, int Mcid)> Parts, string? ActualText);
