using System.Collections.Immutable;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;

namespace Ingest.Core.Pipeline;

/// <summary>What the per-document stages made of one input file.</summary>
public sealed record DocumentOutcome(InputRecord Input, Document? Document, ImmutableArray<Diagnostic> Diagnostics);
