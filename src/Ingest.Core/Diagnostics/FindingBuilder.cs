using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Core.Model;

namespace Ingest.Core.Diagnostics;

/// <summary>Turns a run's diagnostics into findings with locations and fingerprints.</summary>
public static partial class FindingBuilder
{
    public static ImmutableArray<Finding> Build(Corpus corpus)
    {
        var documents = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var layouts = corpus.Inputs.Where(i => i.Layout is not null).ToDictionary(i => i.Path, i => i.Layout!, StringComparer.Ordinal);
        return
        [
            .. corpus.Diagnostics.Where(d => d.Severity != Severity.None).Select(diagnostic =>
            {
                var document = diagnostic.Document is { } id ? documents.GetValueOrDefault(id) : null;
                var location = diagnostic.Span is { } span && layouts.GetValueOrDefault(diagnostic.Path) is { } layout ? Locate(layout, span) : null;
                return new Finding(diagnostic, location, Fingerprint(diagnostic, document));
            })
            .OrderBy(f => f.Diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Line ?? 0)
            .ThenBy(f => f.Location?.Column ?? 0)
            .ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Message, StringComparer.Ordinal),
        ];
    }

    /// <summary>Rule, path and what the finding is about: the section's title when there is one, else the message with its numbers masked.</summary>
    /// <remarks>Offsets and counts change when lines are added above a finding; the title and the wording do not.</remarks>
    public static string Fingerprint(Diagnostic diagnostic, Document? document)
    {
        var section = diagnostic.Section is { } sectionId ? document?.Sections.FirstOrDefault(s => s.Id == sectionId) : null;
        var subject = section is not null ? $"{section.Number} {section.Title}" : Digits().Replace(diagnostic.Message, "#");
        var text = $"{diagnostic.Code}\n{diagnostic.Path}\n{subject}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static SourceLocation Locate(SourceLayout layout, Span span)
    {
        var (line, column, endLine, endColumn) = layout.Locate(span);
        return new SourceLocation(line, column, endLine, endColumn);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
