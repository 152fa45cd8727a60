namespace Ingest.Evaluation;

/// <summary>The repository the evaluation runs in: the first folder above the working directory that holds Ingest.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository: Ingest.sln not found above the working directory.");
    }
}
