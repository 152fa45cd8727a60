using Ingest.Core.Diagnostics;
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
        .. new[] { InputRules.All, ReadRules.All, RepairRules.All, LanguageRules.All, SectionsRules.All }
            .SelectMany(rules => rules)
            .OrderBy(r => r.Code, StringComparer.Ordinal),
    ];

    public static Rule? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}
