using Ingest.Core.Diagnostics;

namespace Ingest.Core.Stages.Repair;

/// <summary>Rules of the repair stage (ING2xx).</summary>
public static class RepairRules
{
    public static readonly Rule CorruptRun = new("ING201", "Corrupt text removed",
        Severity.Warning, "Replacement characters (U+FFFD) mark bytes lost before Ingest saw the file; re-export the file from its source.");

    public static readonly Rule ControlCharacters = new("ING202", "Control characters removed",
        Severity.Info, "Control characters have no place in text; check how the file was produced.");

    public static readonly Rule EmptyAfterRepair = new("ING203", "Document empty after repair",
        Severity.Error, "Nothing readable is left once the damage is removed; get a clean copy of the file.");

    public static IReadOnlyList<Rule> All { get; } = [CorruptRun, ControlCharacters, EmptyAfterRepair];
}
