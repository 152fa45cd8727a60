namespace Ingest.Core.Pipeline;

/// <summary>How far a run is: files done of the total, the file just finished, and bytes read so far.</summary>
public readonly record struct RunProgress(int Done, int Total, string CurrentPath, long BytesDone);
