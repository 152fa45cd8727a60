using System.Collections.Concurrent;

namespace Ingest.Core.Pipeline;

/// <summary>Keeps emitted files in memory (tests, <c>validate</c>).</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string relativePath, ReadOnlySpan<byte> bytes) => _files[relativePath] = bytes.ToArray();

    public void Retain(string folder, IReadOnlySet<string> keep)
    {
        foreach (var name in _files.Keys.Where(k => k.StartsWith(folder + "/", StringComparison.Ordinal) && !keep.Contains(k)))
        {
            _files.TryRemove(name, out _);
        }
    }
}
