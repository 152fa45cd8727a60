using System.Collections.Immutable;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;

namespace Ingest.Cli.Output;

/// <summary>What <c>validate</c> found: every input, every finding (suppressed ones marked), and the rule catalog.</summary>
internal sealed record ValidationReport(
    ImmutableArray<InputRecord> Inputs,
    ImmutableArray<Finding> Findings,
    IReadOnlyList<Rule> Rules,
    bool Strict)
{
    /// <summary>Findings that fail the job: errors, and warnings under <c>--strict</c>; never suppressed ones.</summary>
    public IEnumerable<Finding> Failing => Findings.Where(f => !f.Suppressed && IsFailing(f.Diagnostic.Severity));

    public bool IsFailing(Severity severity) => severity == Severity.Error || (Strict && severity == Severity.Warning);

    public IEnumerable<Finding> Active => Findings.Where(f => !f.Suppressed);
}
