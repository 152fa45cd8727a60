using Ingest.Core.Diagnostics;

namespace Ingest.Core.Pipeline;

/// <summary>Decides the severity of a rule for a path: the rule's default unless pipeline.json overrides it.</summary>
public sealed class SeverityPolicy(IReadOnlyDictionary<string, Severity> overrides)
{
    public static readonly SeverityPolicy Default = new(new Dictionary<string, Severity>());

    public Severity SeverityOf(Rule rule, string path) =>
        overrides.TryGetValue(rule.Code, out var severity) ? severity : rule.DefaultSeverity;
}
