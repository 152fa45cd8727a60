namespace Ingest.Cli.Tests.TestSupport;

/// <summary>A temporary working folder holding a byte-for-byte copy of the seeds under <c>seeds/</c>.</summary>
internal sealed class SeedFolder : IDisposable
{
    public SeedFolder()
    {
        var seeds = Path.Combine(Root, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(Path.Combine(CliRun.RepositoryRoot, "seeds")))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ingest-cli-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyList<string> SeedPaths =>
        [.. Directory.GetFiles(Path.Combine(Root, "seeds")).Select(f => "seeds/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every file under <paramref name="folder"/> by relative path, with its bytes.</summary>
    public SortedDictionary<string, byte[]> ReadAll(string folder)
    {
        var full = Path.Combine(Root, folder);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(full, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(full, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        return files;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
