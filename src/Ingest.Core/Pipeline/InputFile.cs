namespace Ingest.Core.Pipeline;

/// <summary>A file found among the inputs: its output path (relative, '/' separated) and where to read it.</summary>
public sealed record InputFile(string Path, string FullPath);
