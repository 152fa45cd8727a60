using System.Collections.Immutable;

namespace Ingest.Core.Stages.Repair;

/// <summary>The text after cleanup, what was removed (offsets into the text before cleanup), and the offset map back.</summary>
public sealed record TextCleanup(string Text, ImmutableArray<Model.Repair> Repairs, Model.TextMap Map);
