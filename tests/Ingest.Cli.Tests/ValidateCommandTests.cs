using System.Text.Json.Nodes;
using System.Xml.Linq;
using Ingest.Cli.Tests.TestSupport;
using Ingest.Core.Json.Schema;

namespace Ingest.Cli.Tests;

/// <summary><c>ingest validate</c> as a CI job runs it.</summary>
public sealed class ValidateCommandTests
{
    private static JsonArray Findings(CliRun run) => JsonNode.Parse(run.Out)!["findings"]!.AsArray();

    private static IEnumerable<(string Path, string Code)> Codes(CliRun run) =>
        Findings(run).Select(f => (f!["path"]!.GetValue<string>(), f["code"]!.GetValue<string>()));

    [Test]
    public void Validate_Seeds_ReportsTheCorruptTailWithItsPosition_AndTheDuplicateNumber()
    {
        using var folder = new SeedFolder();
        var run = CliRun.Invoke(folder.Root, "validate", "seeds", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var tail = Findings(run).Single(f => f!["code"]!.GetValue<string>() == "ING201")!;
        Assert.That(tail["path"]!.GetValue<string>(), Is.EqualTo("seeds/001_d0e58f2e07fefb68.txt"));
        Assert.That(tail["line"]!.GetValue<int>(), Is.EqualTo(44));
        Assert.That(tail["column"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(Codes(run), Has.Member(("seeds/002_1bd487e2753dbea3.txt", "ING501")), "the German report's 3.3 twice");
        Assert.That(Codes(run), Has.Member(("seeds/002_1bd487e2753dbea3.txt", "ING504")), "its TOC says 3.2, its body 3.3");
        var missing = Findings(run).Single(f => f!["code"]!.GetValue<string>() == "ING701")!;
        Assert.That(missing["path"]!.GetValue<string>(), Is.EqualTo("seeds/002_1bd487e2753dbea3.txt"));
        Assert.That(missing["message"]!.GetValue<string>(), Does.Contain("Update: Was ist neu im Jahr 2023?"));
        Assert.That(missing["line"]!.GetValue<int>(), Is.EqualTo(221));
        Assert.That(Directory.Exists(Path.Combine(folder.Root, "out")), Is.False, "validate writes no bundles");
    }

    [Test]
    public void Validate_Strict_FailsOnWarnings()
    {
        using var folder = new SeedFolder();
        Assert.That(CliRun.Invoke(folder.Root, "validate", "seeds", "--strict").ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Validate_FailsOnAnError_AndSaysWhere()
    {
        using var folder = new SeedFolder();
        File.WriteAllText(Path.Combine(folder.Root, "seeds", "ruined.txt"), new string('\uFFFD', 40));
        var run = CliRun.Invoke(folder.Root, "validate", "seeds");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Out, Does.Contain("seeds/ruined.txt").And.Contain("error"));
    }

    [Test]
    public void Sarif_ValidatesAgainstTheSarif210Schema_WithRulesAndPhysicalLocations()
    {
        using var folder = new SeedFolder();
        var run = CliRun.Invoke(folder.Root, "validate", "seeds", "--format", "sarif");
        var log = JsonNode.Parse(run.Out)!;
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(CliRun.RepositoryRoot, "tests/Ingest.Cli.Tests/TestData/sarif-schema-2.1.0.json")))!;
        Assert.That(new JsonSchemaValidator(schema).Validate(log), Is.Empty);
        var broken = log.DeepClone();
        broken["runs"]![0]!["results"]![0]!["level"] = "fatal";
        broken["runs"]![0]!.AsObject().Add("colour", "red");
        Assert.That(new JsonSchemaValidator(schema).Validate(broken), Has.Count.GreaterThanOrEqualTo(2), "the schema check can fail");
        var sarifRun = log["runs"]![0]!;
        var rules = sarifRun["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.That(rules, Has.Member("ING201").And.Member("ING501"));
        var tail = sarifRun["results"]!.AsArray().Single(r => r!["ruleId"]!.GetValue<string>() == "ING201")!;
        var physical = tail["locations"]![0]!["physicalLocation"]!;
        Assert.That(physical["artifactLocation"]!["uri"]!.GetValue<string>(), Is.EqualTo("seeds/001_d0e58f2e07fefb68.txt"));
        Assert.That(physical["region"]!["startLine"]!.GetValue<int>(), Is.EqualTo(44));
        Assert.That(rules[tail["ruleIndex"]!.GetValue<int>()], Is.EqualTo("ING201"));
    }

    [Test]
    public void JUnit_HasATestCasePerInput_WithFailuresForFailingFindings()
    {
        using var folder = new SeedFolder();
        var run = CliRun.Invoke(folder.Root, "validate", "seeds", "--format", "junit", "--strict");
        var xml = XDocument.Parse(run.Out);
        var cases = xml.Descendants("testcase").ToList();
        Assert.That(cases.Select(c => (string)c.Attribute("name")!), Is.EqualTo(folder.SeedPaths));
        var failed = cases.Where(c => c.Element("failure") is not null).Select(c => (string)c.Attribute("name")!).ToList();
        Assert.That(failed, Has.Member("seeds/001_d0e58f2e07fefb68.txt"));
        Assert.That((int)xml.Root!.Attribute("failures")!, Is.EqualTo(failed.Count));
    }

    [Test]
    public void Baseline_SuppressesKnownFindings_EvenWhenTheyMove_AndLetsNewOnesFail()
    {
        using var folder = new SeedFolder();
        Assert.That(CliRun.Invoke(folder.Root, "validate", "seeds", "--write-baseline", "baseline.json").ExitCode, Is.EqualTo(0));
        Assert.That(CliRun.Invoke(folder.Root, "validate", "seeds", "--strict", "--baseline", "baseline.json").ExitCode, Is.EqualTo(0));

        // Lines added above a known finding move it; its fingerprint does not change.
        var polish = Path.Combine(folder.Root, "seeds", "001_d0e58f2e07fefb68.txt");
        File.WriteAllText(polish, "Nowa linia\n\nJeszcze jedna\n\n" + File.ReadAllText(polish));
        var moved = CliRun.Invoke(folder.Root, "validate", "seeds", "--strict", "--baseline", "baseline.json", "--format", "json");
        Assert.That(moved.ExitCode, Is.EqualTo(0), moved.Out);

        File.WriteAllText(Path.Combine(folder.Root, "seeds", "new.txt"), "Ein neuer Text über die Stadt.\u0001\u0002 Und mehr darüber.\n" + new string('\uFFFD', 12));
        var fresh = CliRun.Invoke(folder.Root, "validate", "seeds", "--strict", "--baseline", "baseline.json", "--format", "json");
        Assert.That(fresh.ExitCode, Is.EqualTo(1));
        var failing = Findings(fresh).Where(f => f!["failing"]!.GetValue<bool>()).Select(f => f!["path"]!.GetValue<string>()).Distinct();
        Assert.That(failing, Is.EqualTo(new[] { "seeds/new.txt" }));
    }

    [Test]
    public void Baseline_Malformed_ExitsTwo()
    {
        using var folder = new SeedFolder();
        File.WriteAllText(Path.Combine(folder.Root, "baseline.json"), "{\"format\": \"something else\"}");
        var run = CliRun.Invoke(folder.Root, "validate", "seeds", "--baseline", "baseline.json");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("baseline"));
    }

    [Test]
    public void Policy_InPipelineJson_RaisesLowersAndDisablesRules_PerPath()
    {
        using var folder = new SeedFolder();
        File.WriteAllText(Path.Combine(folder.Root, "strict.json"), """{"rules": {"ING201": "error"}}""");
        var raised = CliRun.Invoke(folder.Root, "validate", "seeds", "--config", "strict.json", "--format", "json");
        Assert.That(raised.ExitCode, Is.EqualTo(1));
        Assert.That(Findings(raised).Single(f => f!["code"]!.GetValue<string>() == "ING201")!["severity"]!.GetValue<string>(), Is.EqualTo("error"));

        File.WriteAllText(Path.Combine(folder.Root, "quiet.json"),
            """{"rules": {"ING201": "error"}, "overrides": [{"paths": ["seeds/001_*"], "rules": {"ING201": "off"}}]}""");
        var quiet = CliRun.Invoke(folder.Root, "validate", "seeds", "--config", "quiet.json", "--format", "json");
        Assert.That(quiet.ExitCode, Is.EqualTo(0));
        Assert.That(Codes(quiet).Select(c => c.Code), Has.No.Member("ING201"));
    }

    [Test]
    public void GitHubActions_GetsWorkflowAnnotationsOnStderr()
    {
        using var folder = new SeedFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();
        CliApp.Run(["validate", "seeds"], new CliEnvironment(output, error, folder.Root, ErrorIsTerminal: false, GitHubActions: true));
        Assert.That(error.ToString(), Does.Contain("::warning file=seeds/001_d0e58f2e07fefb68.txt,line=44,col=1,"));
        Assert.That(error.ToString(), Does.Contain("title=ING201 Corrupt text removed::"));
    }

    [Test]
    public void ListRules_ShowsEveryRuleWithItsHelp()
    {
        var run = CliRun.Invoke(CliRun.RepositoryRoot, "validate", "--list-rules", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(0));
        var codes = JsonNode.Parse(run.Out)!.AsArray().Select(r => r!["code"]!.GetValue<string>()).ToList();
        Assert.That(codes, Has.Member("ING001").And.Member("ING201").And.Member("ING501"));
        Assert.That(codes, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }
}
