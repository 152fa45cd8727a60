using System.Globalization;
using System.Text;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;

namespace Ingest.Core.Tests.Golden;

/// <summary>The small text dump of a section tree that golden files hold: "3.2 | Jobteam Gent | 2 | parent 3".</summary>
internal static class Outline
{
    public static string Of(Document document, IEnumerable<Diagnostic> diagnostics, bool withDiagnostics = true)
    {
        var builder = new StringBuilder();
        var byId = document.Sections.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            builder.Append(Line(section, section.Parent is null ? null : byId[section.Parent])).Append('\n');
        }
        if (withDiagnostics)
        {
            foreach (var diagnostic in diagnostics.Where(d => d.Rule.Code.StartsWith("ING5", StringComparison.Ordinal))
                .OrderBy(d => d.Rule.Code, StringComparer.Ordinal).ThenBy(d => d.Span?.Start ?? 0))
            {
                var section = document.Sections.FirstOrDefault(s => s.Id == diagnostic.Section);
                builder.Append("! ").Append(diagnostic.Rule.Code).Append(" | ").Append(section is null ? "-" : Label(section)).Append('\n');
            }
        }
        return builder.ToString();
    }

    private static string Line(Section section, Section? parent)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{section.Number ?? "-"} | {section.Title} | {section.Level} | {(parent is null ? "-" : "parent " + Label(parent))}");
        return section.Kind == SectionKind.Body ? line : line + " | " + section.Kind.ToString().ToLowerInvariant();
    }

    private static string Label(Section section) => section.Number ?? section.Title;
}
