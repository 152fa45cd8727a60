using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Sections;

/// <summary>Checks printed section numbers in reading order: the same number twice, or a number that skips one.</summary>
internal static class NumberingChecker
{
    public static IEnumerable<SectionFinding> Check(ImmutableArray<Section> sections)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastChild = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Length; i++)
        {
            var section = sections[i];
            if (section.Kind != SectionKind.Body || section.Number is not { } number)
            {
                continue;
            }
            if (seen.TryGetValue(number, out var first))
            {
                yield return new SectionFinding(SectionsRules.DuplicateNumber,
                    $"Section number {number} appears twice: '{sections[first].Title}' and '{section.Title}'. Check the numbering at the source.", i);
                continue;
            }
            seen[number] = i;
            var parts = number.Split('.', StringSplitOptions.RemoveEmptyEntries);
            if (!int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }
            var prefix = string.Join('.', parts[..^1]);
            var expected = lastChild.TryGetValue(prefix, out var last) ? last + 1 : 1;
            if (value > expected && (last > 0 || parts.Length > 1))
            {
                var missing = prefix.Length == 0 ? expected.ToString(CultureInfo.InvariantCulture) : $"{prefix}.{expected.ToString(CultureInfo.InvariantCulture)}";
                yield return new SectionFinding(SectionsRules.NumberingGap,
                    $"Section {number} '{section.Title}' follows without a section {missing}. Check whether a section is missing or misnumbered.", i);
            }
            lastChild[prefix] = Math.Max(value, last);
        }
    }
}
