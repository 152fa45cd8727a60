namespace Ingest.Cli.Tests.TestSupport;

/// <summary>Compares text with a golden file; <c>INGEST_UPDATE_GOLDEN=1</c> rewrites it instead (never under CI).</summary>
internal static class Golden
{
    public static void AssertMatches(string repositoryPath, string actual)
    {
        var path = Path.Combine(CliRun.RepositoryRoot, repositoryPath);
        if (Environment.GetEnvironmentVariable("INGEST_UPDATE_GOLDEN") == "1")
        {
            Assert.That(Environment.GetEnvironmentVariable("CI"), Is.Not.EqualTo("true"), "golden files are never rewritten under CI");
            File.WriteAllText(path, actual);
            return;
        }
        Assert.That(File.Exists(path), Is.True, $"{repositoryPath} is missing; create it with INGEST_UPDATE_GOLDEN=1");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)), $"{repositoryPath} differs; if the change is meant, rewrite it with INGEST_UPDATE_GOLDEN=1 and review the diff");
    }
}
