using System.Collections.Immutable;
using Ingest.Core.Diagnostics;

namespace Ingest.Core.Pipeline;

/// <summary>Expands the paths given on the command line or in pipeline.json into a sorted, duplicate-free list of files.</summary>
/// <remarks>
/// Folders are read recursively. Symbolic links to folders are followed once; a link back into a folder already
/// being read is a directory loop and is reported, not followed. Hidden folders (".git") are not read, and say so.
/// </remarks>
public sealed class InputCollector(string currentDirectory)
{
    public InputSet Collect(IEnumerable<string> paths)
    {
        var files = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var problems = new List<InputProblem>();
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given, currentDirectory);
            var root = new OutputPathMapper(currentDirectory, full);
            if (File.Exists(full))
            {
                Add(files, new InputFile(root.Map(full), full));
            }
            else if (Directory.Exists(full))
            {
                Walk(full, root, files, problems, new HashSet<string>(StringComparer.Ordinal));
            }
            else
            {
                problems.Add(new InputProblem(root.Map(full), InputRules.NotFound,
                    $"'{given}' does not exist. Check the path given on the command line or in pipeline.json."));
            }
        }
        var sorted = files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        return new InputSet(sorted, [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal)]);
    }

    private static void Add(Dictionary<string, InputFile> files, InputFile file) => files.TryAdd(file.FullPath, file);

    private static void Walk(string directory, OutputPathMapper root, Dictionary<string, InputFile> files,
        List<InputProblem> problems, HashSet<string> open)
    {
        var real = RealPath(directory);
        if (!open.Add(real))
        {
            problems.Add(new InputProblem(root.Map(directory), InputRules.DirectoryLoop,
                $"'{root.Map(directory)}' leads back to '{real}', which is already being read; the link was not followed."));
            return;
        }
        try
        {
            foreach (var file in SafeEnumerate(() => Directory.EnumerateFiles(directory), directory, root, problems))
            {
                Add(files, new InputFile(root.Map(file), file));
            }
            foreach (var sub in SafeEnumerate(() => Directory.EnumerateDirectories(directory), directory, root, problems))
            {
                if (Path.GetFileName(sub).StartsWith('.'))
                {
                    problems.Add(new InputProblem(root.Map(sub), InputRules.HiddenFolder,
                        $"Hidden folder '{root.Map(sub)}' was not read. Name it explicitly to read it."));
                    continue;
                }
                Walk(sub, root, files, problems, open);
            }
        }
        finally
        {
            open.Remove(real);
        }
    }

    private static List<string> SafeEnumerate(Func<IEnumerable<string>> enumerate, string directory,
        OutputPathMapper root, List<InputProblem> problems)
    {
        try
        {
            return [.. enumerate()];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(root.Map(directory), InputRules.Unreadable,
                $"Folder '{root.Map(directory)}' cannot be listed ({e.Message}). Check its permissions."));
            return [];
        }
    }

    private static string RealPath(string directory)
    {
        try
        {
            var target = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true);
            var resolved = target?.FullName ?? directory;
            // Resolve links in the parents as well, so that two routes to one folder compare equal.
            var parent = Path.GetDirectoryName(resolved);
            return parent is null || parent == resolved
                ? resolved
                : Path.Combine(RealPath(parent), Path.GetFileName(resolved));
        }
        catch (IOException)
        {
            return directory;
        }
    }
}
