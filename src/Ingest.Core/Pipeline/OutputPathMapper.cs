namespace Ingest.Core.Pipeline;

/// <summary>Turns absolute paths into the relative, '/'-separated paths that appear in the output.</summary>
/// <remarks>
/// Inside the current directory paths are relative to it. An input given outside it is named relative to the
/// parent of the path given on the command line, so that output never contains an absolute path or a "..".
/// </remarks>
internal sealed class OutputPathMapper(string currentDirectory, string givenRoot)
{
    private readonly string _base = IsInside(givenRoot, currentDirectory)
        ? currentDirectory
        : Path.GetDirectoryName(givenRoot.TrimEnd(Path.DirectorySeparatorChar)) ?? givenRoot;

    public string Map(string fullPath)
    {
        var relative = Path.GetRelativePath(_base, fullPath);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static bool IsInside(string path, string directory)
    {
        var relative = Path.GetRelativePath(directory, path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal)
            && !relative.StartsWith("..\\", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
