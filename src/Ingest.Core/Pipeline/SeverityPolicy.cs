using System.Collections.Immutable;
using Ingest.Core.Diagnostics;

namespace Ingest.Core.Pipeline;

/// <summary>Decides the severity of a rule for a path: the rule's default, pipeline.json's <c>rules</c>, then the last matching <c>overrides</c> entry.</summary>
public sealed class SeverityPolicy(IReadOnlyDictionary<string, Severity> rules, ImmutableArray<PathOverride> overrides)
{
    public static readonly SeverityPolicy Default = new(new Dictionary<string, Severity>(), []);

    public Severity SeverityOf(Rule rule, string path)
    {
        var severity = rules.TryGetValue(rule.Code, out var configured) ? configured : rule.DefaultSeverity;
        foreach (var entry in overrides)
        {
            if (entry.Rules.TryGetValue(rule.Code, out var local) && entry.Paths.Any(g => g.IsMatch(path)))
            {
                severity = local;
            }
        }
        return severity;
    }

    /// <summary>Parses a severity as written in pipeline.json: error, warning, info or off.</summary>
    public static Severity Parse(string text) => text switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "off" => Severity.None,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "expected error, warning, info or off"),
    };
}
