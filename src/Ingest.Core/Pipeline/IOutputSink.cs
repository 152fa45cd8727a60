namespace Ingest.Core.Pipeline;

/// <summary>Where the emit stage puts files: a folder on disk (atomically) or memory in tests.</summary>
public interface IOutputSink
{
    /// <summary>Writes <paramref name="bytes"/> at <paramref name="relativePath"/> ('/' separated), replacing any older file whole.</summary>
    void Write(string relativePath, ReadOnlySpan<byte> bytes);

    /// <summary>Removes the <c>.json</c> files in <paramref name="folder"/> that are not in <paramref name="keep"/> (left by an earlier run).</summary>
    void Retain(string folder, IReadOnlySet<string> keep);
}
