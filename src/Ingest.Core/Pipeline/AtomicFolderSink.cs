namespace Ingest.Core.Pipeline;

/// <summary>Writes each file to a temporary name in its folder, flushes it, then renames it into place.</summary>
/// <remarks>An interrupted run leaves either the old file or the new one, never a truncated one.</remarks>
public sealed class AtomicFolderSink(string root) : IOutputSink
{
    public string Root { get; } = Path.GetFullPath(root);

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var target = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!target.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' would be written outside the output folder.", nameof(relativePath));
        }
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public void Retain(string folder, IReadOnlySet<string> keep)
    {
        var directory = Path.Combine(Root, folder);
        if (!Directory.Exists(directory))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(directory, "*.json"))
        {
            var name = folder + "/" + Path.GetFileName(file);
            if (!keep.Contains(name))
            {
                File.Delete(file);
            }
        }
    }
}
