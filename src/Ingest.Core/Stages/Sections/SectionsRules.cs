using Ingest.Core.Diagnostics;

namespace Ingest.Core.Stages.Sections;

/// <summary>Rules of the sections stage (ING5xx).</summary>
public static class SectionsRules
{
    public static readonly Rule DuplicateNumber = new("ING501", "Duplicate section number",
        Severity.Warning, "Two sections carry the same number; check the numbering at the source.");

    public static IReadOnlyList<Rule> All { get; } = [DuplicateNumber];
}
