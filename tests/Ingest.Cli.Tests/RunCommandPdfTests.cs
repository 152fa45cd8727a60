using System.Text.Json.Nodes;
using Ingest.Cli.Tests.TestSupport;
using Ingest.Core.Json;
using Ingest.Core.Json.Schema;

namespace Ingest.Cli.Tests;

/// <summary>End to end with PDFs: bundles valid against the shipped schema, sections with their pages, the same bytes on every run.</summary>
public sealed class RunCommandPdfTests
{
    private static SeedFolder WithPdfs()
    {
        var folder = new SeedFolder();
        var pdfs = Path.Combine(folder.Root, "pdf");
        Directory.CreateDirectory(pdfs);
        foreach (var name in new[] { "seed-de.pdf", "seed-en.pdf", "report-lo-en.pdf" })
        {
            File.Copy(Path.Combine(CliRun.RepositoryRoot, "samples/pdf", name), Path.Combine(pdfs, name));
        }
        return folder;
    }

    [Test]
    public void Run_OnPdfsAndText_WritesValidBundles_WithPagesOnPdfSectionsOnly()
    {
        using var folder = WithPdfs();
        var run = CliRun.Invoke(folder.Root, "run", "pdf", "seeds/004_a72fd32449421a5f.txt", "--out", "out");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var schema = new JsonSchemaValidator(SchemaCatalog.Load("bundle"));
        var documents = new List<JsonNode>();
        foreach (var (name, bytes) in folder.ReadAll("out").Where(f => f.Key.StartsWith("bundles/", StringComparison.Ordinal)))
        {
            var bundle = JsonNode.Parse(bytes)!;
            Assert.That(schema.Validate(bundle), Is.Empty, name);
            documents.AddRange(bundle["documents"]!.AsArray().Select(d => d!));
        }
        Assert.That(documents, Has.Count.EqualTo(4));
        foreach (var document in documents)
        {
            var isPdf = document["source"]!["format"]!.GetValue<string>() == "pdf";
            var sections = document["sections"]!.AsArray();
            Assert.That(sections.Select(s => s!["pages"] is not null), Is.All.EqualTo(isPdf), document["source"]!["path"]!.ToString());
            if (isPdf)
            {
                var firsts = sections.Select(s => s!["pages"]!["first"]!.GetValue<int>()).ToList();
                Assert.That(firsts, Is.Ordered);
                Assert.That(firsts[0], Is.EqualTo(1));
                Assert.That(document["repairs"]!.AsArray().Select(r => r!["kind"]!.GetValue<string>()), Has.Member("paragraph-join"));
            }
        }
    }

    [Test]
    public void Run_OnPdfs_IsByteIdentical_AcrossJobs()
    {
        using var folder = WithPdfs();
        var one = CliRun.Invoke(folder.Root, "run", "pdf", "--out", "a", "--jobs", "1");
        var two = CliRun.Invoke(folder.Root, "run", "pdf", "--out", "b", "--jobs", "2");
        Assert.That((one.ExitCode, two.ExitCode), Is.EqualTo((0, 0)));
        Assert.That(folder.ReadAll("b"), Is.EqualTo(folder.ReadAll("a")));
    }
}
