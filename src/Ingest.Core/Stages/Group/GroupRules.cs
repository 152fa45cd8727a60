using Ingest.Core.Diagnostics;

namespace Ingest.Core.Stages.Group;

/// <summary>Rules of the group stage (ING6xx).</summary>
public static class GroupRules
{
    public static readonly Rule SummaryJoined = new("ING601", "Summary joined to a longer document",
        Severity.Info, "The document is much shorter than the one it was bundled with and shares most of its anchors; "
        + "check that it summarizes that document, or raise group.summaryCoverage.");

    public static readonly Rule Ungrouped = new("ING602", "Document not grouped with any other",
        Severity.Info, "No other input shares enough language-independent anchors (names, numbers, URLs) with it, so it is a "
        + "bundle of one; nothing to do if it stands alone, else check that its other versions are among the inputs.");

    public static IReadOnlyList<Rule> All { get; } = [SummaryJoined, Ungrouped];
}
