using System.Text.Json.Nodes;
using Ingest.Cli.Tests.TestSupport;
using Ingest.Core.Json;

namespace Ingest.Cli.Tests;

public sealed class OtherCommandTests
{
    [Test]
    public void Inspect_Json_WritesOneLinePerInput_WithTheContractFields()
    {
        using var folder = new SeedFolder();
        var run = CliRun.Invoke(folder.Root, "inspect", "seeds", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.That(lines.Select(l => l["path"]!.GetValue<string>()), Is.EqualTo(folder.SeedPaths));
        foreach (var line in lines)
        {
            Assert.That(line["format"]!.GetValue<string>(), Is.AnyOf("text", "markdown", "html", "pdf"));
            Assert.That(line["encoding"]!["name"]!.GetValue<string>(), Is.EqualTo("utf-8"));
            Assert.That(line["language"]!["tag"], Is.Not.Null);
            Assert.That(line["sections"]!.AsArray(), Is.Not.Empty);
            Assert.That(line["repairs"], Is.InstanceOf<JsonArray>());
        }
        Assert.That(lines.Single(l => l["path"]!.GetValue<string>().Contains("002", StringComparison.Ordinal))["format"]!.GetValue<string>(),
            Is.EqualTo("markdown"));
    }

    [Test]
    public void Inspect_Json_GivesTheSectionPages_OfAPdf_AndNoneForText()
    {
        using var folder = new SeedFolder();
        var pdf = Path.Combine(CliRun.RepositoryRoot, "samples", "pdf", "seed-en.pdf");
        var run = CliRun.Invoke(folder.Root, "inspect", pdf, "seeds/004_a72fd32449421a5f.txt", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var pdfSections = lines.Single(l => l["format"]!.GetValue<string>() == "pdf")["sections"]!.AsArray();
        var textSections = lines.Single(l => l["format"]!.GetValue<string>() != "pdf")["sections"]!.AsArray();

        Assert.That(pdfSections.Select(s => s!["pages"]), Has.All.Not.Null);
        Assert.That(pdfSections.Select(s => s!["pages"]!["first"]!.GetValue<int>()), Is.Ordered, "sections in reading order start on ascending pages");
        Assert.That(pdfSections.All(s => s!["pages"]!["first"]!.GetValue<int>() <= s["pages"]!["last"]!.GetValue<int>()), Is.True);
        Assert.That(textSections.Select(s => s!["pages"]), Has.All.Null);
    }

    [Test]
    public void Extract_PrintsHeadingsOnTheirOwnLines_AndSectionText()
    {
        using var folder = new SeedFolder();
        var run = CliRun.Invoke(folder.Root, "extract", "seeds/002_1bd487e2753dbea3.txt");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var lines = run.Out.Split('\n');
        Assert.That(lines, Has.Member("Gent"));
        Assert.That(lines.Any(l => l.StartsWith("3.3 ", StringComparison.Ordinal)), Is.True);
        Assert.That(run.Out, Does.Not.Contain("**"));
    }

    [Test]
    public void Extract_OfAMissingFile_ExitsOne()
    {
        using var folder = new SeedFolder();
        var run = CliRun.Invoke(folder.Root, "extract", "nope.txt");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("ING006"));
    }

    [TestCase("bundle")]
    [TestCase("manifest")]
    [TestCase("pipeline")]
    public void Schema_PrintsTheShippedSchema(string name)
    {
        var run = CliRun.Invoke(CliRun.RepositoryRoot, "schema", name);
        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Out, Is.EqualTo(SchemaCatalog.Text(name)));
        Assert.That(JsonNode.Parse(run.Out)!["title"], Is.Not.Null);
    }

    [TestCase("run")]
    [TestCase("inspect")]
    [TestCase("extract")]
    [TestCase("schema")]
    public void EveryCommand_HasHelp(string command)
    {
        var run = CliRun.Invoke(CliRun.RepositoryRoot, command, "--help");
        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Out, Does.Contain("Usage:"));
    }

    [Test]
    public void Extract_ReadsAnEncryptedPdf_WithThePasswordGivenOnTheCommandLine()
    {
        var password = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot, "samples/pdf/enc-aes-256-user.password")).Trim();
        var without = CliRun.Invoke(CliRun.RepositoryRoot, "extract", "samples/pdf/enc-aes-256-user.pdf");
        Assert.That(without.ExitCode, Is.EqualTo(1));
        Assert.That(without.Error, Does.Contain("password"));
        var with = CliRun.Invoke(CliRun.RepositoryRoot, "extract", "samples/pdf/enc-aes-256-user.pdf", "--pdf-password", password);
        Assert.That(with.ExitCode, Is.EqualTo(0), with.Error);
        Assert.That(with.Out.Trim(), Is.Not.Empty);
    }
}
