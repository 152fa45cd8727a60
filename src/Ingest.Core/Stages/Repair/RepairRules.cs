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

    public static readonly Rule BinaryGarbage = new("ING204", "Binary garbage removed",
        Severity.Warning, "Part of the file is binary data, not text; check how the file was produced or extracted.");

    public static readonly Rule Mojibake = new("ING205", "Mojibake repaired",
        Severity.Warning, "UTF-8 text had been decoded with a legacy encoding and saved again; fix the export at the source.");

    public static readonly Rule InvalidCharacters = new("ING206", "Invalid characters removed",
        Severity.Info, "Unpaired surrogates, noncharacters or private-use characters carry no text; check how the file was produced.");

    public static IReadOnlyList<Rule> All { get; } = [CorruptRun, ControlCharacters, EmptyAfterRepair, BinaryGarbage, Mojibake, InvalidCharacters];
}
