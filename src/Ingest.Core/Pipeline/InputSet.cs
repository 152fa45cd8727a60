using System.Collections.Immutable;

namespace Ingest.Core.Pipeline;

/// <summary>The files to process, sorted by path and without duplicates, and the problems met collecting them.</summary>
public sealed record InputSet(ImmutableArray<InputFile> Files, ImmutableArray<InputProblem> Problems);
