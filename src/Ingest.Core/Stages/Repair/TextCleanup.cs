using System.Collections.Immutable;

namespace Ingest.Core.Stages.Repair;

/// <summary>The text after cleanup and what was removed, with offsets into the text before cleanup.</summary>
public sealed record TextCleanup(string Text, ImmutableArray<Model.Repair> Repairs);
