using Ingest.Core.Pipeline;

namespace Ingest.Core.Tests.Pipeline;

public sealed class GlobTests
{
    [TestCase("**/*.txt", "a/b/c.txt", true)]
    [TestCase("**/*.txt", "c.txt", true)]
    [TestCase("legacy/*.html", "legacy/x.html", true)]
    [TestCase("legacy/*.html", "legacy/sub/x.html", false)]
    [TestCase("seeds/00?_*.txt", "seeds/001_x.txt", true)]
    [TestCase("*.txt", "dir/a.txt", false)]
    [TestCase("docs/**", "docs/a/b.md", true)]
    [TestCase("a.b", "axb", false)]
    public void IsMatch_MatchesRelativePaths(string glob, string path, bool expected)
    {
        Assert.That(new Glob(glob).IsMatch(path), Is.EqualTo(expected));
    }
}
