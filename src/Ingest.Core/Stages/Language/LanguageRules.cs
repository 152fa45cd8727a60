using Ingest.Core.Diagnostics;

namespace Ingest.Core.Stages.Language;

/// <summary>Rules of the language stage (ING4xx).</summary>
public static class LanguageRules
{
    public static readonly Rule Undetermined = new("ING401", "Language undetermined",
        Severity.Warning, "Too little text, or text in a language Ingest does not know; the document is tagged 'und'.");

    public static readonly Rule HintContradicted = new("ING402", "Declared language contradicted",
        Severity.Info, "The document declares one language (HTML lang attribute, or a tag in the file name such as report.de.md) but its text is confidently another; fix the declaration or the name at the source.");

    public static IReadOnlyList<Rule> All { get; } = [Undetermined, HintContradicted];
}
