using System.Text.Json.Nodes;
using Ingest.Cli.Tests.TestSupport;

namespace Ingest.Cli.Tests;

/// <summary>samples/ci: an input set with known problems and the report it must give.</summary>
public sealed class ValidateSampleTests
{
    [Test]
    public void Validate_SampleInputs_GivesTheExpectedFindings_AndFailsOnTheError()
    {
        var run = CliRun.Invoke(CliRun.RepositoryRoot, "validate", "samples/ci/inputs", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(1), "only-damage.txt is an error");
        var lines = JsonNode.Parse(run.Out)!["findings"]!.AsArray()
            .Select(f => $"{f!["path"]!.GetValue<string>()}\t{f["code"]!.GetValue<string>()}\t{f["severity"]!.GetValue<string>()}")
            .Distinct()
            .Order(StringComparer.Ordinal);
        Golden.AssertMatches("samples/ci/expected-findings.txt", string.Join("\n", lines) + "\n");
    }

    [Test]
    public void Workflow_RunsValidateWithSarifAndUploadsIt()
    {
        var workflow = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot, "samples/ci/github-workflow.yml"));
        Assert.That(workflow, Does.Contain("ingest validate").And.Contain("--format sarif").And.Contain("upload-sarif"));
    }

    [Test]
    public void RulesPage_MatchesTheRuleCatalog()
    {
        Golden.AssertMatches("src/Ingest.Core/Diagnostics/RULES.md", Ingest.Core.Pipeline.RuleCatalog.ToMarkdown());
    }
}
