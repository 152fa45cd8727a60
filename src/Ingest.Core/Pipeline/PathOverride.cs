using System.Collections.Immutable;
using Ingest.Core.Diagnostics;

namespace Ingest.Core.Pipeline;

/// <summary>Rule severities for the paths that match any of <see cref="Paths"/>.</summary>
public sealed record PathOverride(ImmutableArray<Glob> Paths, IReadOnlyDictionary<string, Severity> Rules);
