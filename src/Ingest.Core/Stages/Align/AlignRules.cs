using Ingest.Core.Diagnostics;

namespace Ingest.Core.Stages.Align;

/// <summary>Rules of the align stage (ING7xx).</summary>
public static class AlignRules
{
    public static readonly Rule MissingSection = new("ING701", "Content missing in a version",
        Severity.Warning, "Another version of the document has a section with no counterpart here; check whether this "
        + "version is incomplete or older, or whether the content sits under a heading the aligner could not match.");

    public static readonly Rule MostlyMissing = new("ING702", "Version covers little of another",
        Severity.Info, "The document has counterparts for less than half of another version's content: a summary or a "
        + "partial translation. Nothing to do if that is intended.");

    public static IReadOnlyList<Rule> All { get; } = [MissingSection, MostlyMissing];
}
