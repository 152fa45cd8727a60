using Ingest.Core.Diagnostics;

namespace Ingest.Core.Pipeline;

/// <summary>Something wrong with an input path found while collecting files (not found, directory loop).</summary>
public sealed record InputProblem(string Path, Rule Rule, string Message);
