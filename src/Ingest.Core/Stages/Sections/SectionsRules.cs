using Ingest.Core.Diagnostics;

namespace Ingest.Core.Stages.Sections;

/// <summary>Rules of the sections stage (ING5xx).</summary>
public static class SectionsRules
{
    public static readonly Rule DuplicateNumber = new("ING501", "Duplicate section number",
        Severity.Warning, "Two sections carry the same number; check the numbering at the source.");

    public static readonly Rule NumberingGap = new("ING502", "Gap in section numbering",
        Severity.Warning, "A section number is skipped; check whether a section is missing or misnumbered at the source.");

    public static readonly Rule TocEntryMissing = new("ING503", "Table of contents entry missing from the body",
        Severity.Warning, "The table of contents names a section that the body does not contain; check for lost text.");

    public static readonly Rule TocNumberMismatch = new("ING504", "Table of contents numbers a section differently",
        Severity.Warning, "The table of contents and the body disagree on a section's number; fix one of them at the source.");

    public static readonly Rule EmptySection = new("ING505", "Heading with empty body",
        Severity.Info, "A heading has no text and no subsections under it; check whether content (an image, a table, a link card) was lost.");

    public static readonly Rule LevelJump = new("ING506", "Heading levels jump",
        Severity.Info, "A heading is more than one level deeper than the one before; it was nested one level down. Check the heading levels at the source.");

    public static IReadOnlyList<Rule> All { get; } = [DuplicateNumber, NumberingGap, TocEntryMissing, TocNumberMismatch, EmptySection, LevelJump];
}
