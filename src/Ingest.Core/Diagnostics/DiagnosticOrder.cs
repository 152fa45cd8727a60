using System.Collections.Immutable;

namespace Ingest.Core.Diagnostics;

/// <summary>The one deterministic order of diagnostics: path, document, section, code, position, message.</summary>
public static class DiagnosticOrder
{
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Document ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Section ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Span?.Start ?? -1)
            .ThenBy(d => d.Message, StringComparer.Ordinal),
    ];
}
