using Ingest.Core.Diagnostics;
using Ingest.Core.Pipeline;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Pipeline;

public sealed class InputCollectorTests
{
    [Test]
    public void Collect_ReadsFoldersRecursively_SortedAndWithoutDuplicates()
    {
        using var temp = new TempFolder();
        temp.Write("in/b.txt", "b");
        temp.Write("in/a/z.md", "z");
        temp.Write("in/c.html", "c");
        var set = new InputCollector(temp.Path).Collect(["in", "in/b.txt", "./in/c.html"]);
        Assert.That(set.Files.Select(f => f.Path), Is.EqualTo(new[] { "in/a/z.md", "in/b.txt", "in/c.html" }));
        Assert.That(set.Problems, Is.Empty);
    }

    [Test]
    public void Collect_ReportsMissingPath_AsNotFound()
    {
        using var temp = new TempFolder();
        var set = new InputCollector(temp.Path).Collect(["nothing-here"]);
        Assert.That(set.Problems.Single().Rule, Is.EqualTo(InputRules.NotFound));
    }

    [Test]
    public void Collect_ReportsDirectoryLoop_AndStillReadsTheFiles()
    {
        using var temp = new TempFolder();
        temp.Write("in/sub/a.txt", "a");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "in/sub/back"), Path.Combine(temp.Path, "in"));
        var set = new InputCollector(temp.Path).Collect(["in"]);
        Assert.That(set.Files.Select(f => f.Path), Is.EqualTo(new[] { "in/sub/a.txt" }));
        Assert.That(set.Problems.Single().Rule.Code, Is.EqualTo(InputRules.DirectoryLoop.Code));
        Assert.That(set.Problems.Single().Path, Is.EqualTo("in/sub/back"));
    }

    [Test]
    public void Collect_SkipsHiddenFolders_WithARecord()
    {
        using var temp = new TempFolder();
        temp.Write("in/.git/config", "x");
        temp.Write("in/a.txt", "a");
        var set = new InputCollector(temp.Path).Collect(["in"]);
        Assert.That(set.Files.Select(f => f.Path), Is.EqualTo(new[] { "in/a.txt" }));
        Assert.That(set.Problems.Single().Rule, Is.EqualTo(InputRules.HiddenFolder));
    }

    [Test]
    public void Collect_NamesFilesOutsideTheCurrentFolder_RelativeToTheGivenRoot()
    {
        using var temp = new TempFolder();
        using var elsewhere = new TempFolder();
        elsewhere.Write("docs/x/a.txt", "a");
        var set = new InputCollector(temp.Path).Collect([Path.Combine(elsewhere.Path, "docs")]);
        Assert.That(set.Files.Single().Path, Is.EqualTo("docs/x/a.txt"));
    }
}
