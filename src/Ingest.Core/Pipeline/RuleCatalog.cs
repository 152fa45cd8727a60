using Ingest.Core.Diagnostics;
using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Group;
using Ingest.Core.Stages.Language;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Pipeline;

/// <summary>Every rule Ingest can report, by code: what <c>validate --list-rules</c>, SARIF and the docs read.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        .. new[] { InputRules.All, ReadRules.All, RepairRules.All, LanguageRules.All, SectionsRules.All, GroupRules.All, AlignRules.All }
            .SelectMany(rules => rules)
            .OrderBy(r => r.Code, StringComparer.Ordinal),
    ];

    public static Rule? Find(string code) => All.FirstOrDefault(r => r.Code == code);

    /// <summary>The catalog as the Markdown page kept in the repository (src/Ingest.Core/Diagnostics/RULES.md).</summary>
    public static string ToMarkdown()
    {
        var builder = new System.Text.StringBuilder();
        builder.Append("# Diagnostic rules\n\n");
        builder.Append("Every finding Ingest reports, by stable code. `ingest validate --list-rules` prints the same list;\n");
        builder.Append("`rules` and `overrides` in pipeline.json change a rule's severity (error, warning, info, off).\n");
        builder.Append("Generated from the rule catalog: a test fails when this page and the code disagree\n");
        builder.Append("(rewrite it with `INGEST_UPDATE_GOLDEN=1 dotnet test`).\n\n");
        builder.Append("| code | default | title | what to do |\n|---|---|---|---|\n");
        foreach (var rule in All)
        {
            var severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {rule.Code} | {severity} | {rule.Title} | {rule.Help.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }
        return builder.ToString();
    }
}
