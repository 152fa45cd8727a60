using System.Collections.Immutable;
using Ingest.Core.Model;
using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>Finds sections with substantial content that other documents of the bundle have no counterpart for.</summary>
/// <remarks>When a document lacks most of another's content (a summary, a partial translation), one finding for the
/// pair replaces a list of every section, which would bury the ones worth a look.</remarks>
internal static class MissingContentFinder
{
    public static IReadOnlyList<MissingContent> Find(List<AlignedDocument> docs, ImmutableArray<Alignment> alignments, AlignOptions options)
    {
        var presentIn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var alignment in alignments)
        {
            var documents = alignment.Members.Select(m => m.Document).ToHashSet(StringComparer.Ordinal);
            foreach (var member in alignment.Members)
            {
                presentIn[member.Section] = documents;
            }
        }
        var findings = new List<MissingContent>();
        foreach (var owner in docs)
        {
            var sized = owner.Units.SelectMany(u => u.Sections).Select(s => (Section: s, Length: ContentLength.Of(s.Text))).ToList();
            var total = Math.Max(1, sized.Sum(s => s.Length));
            var perSection = new Dictionary<Section, List<Document>>();
            foreach (var other in docs.Where(d => d != owner))
            {
                var lacking = sized.Where(s => !presentIn.TryGetValue(s.Section.Id, out var set) || !set.Contains(other.Document.Id)).ToList();
                var share = lacking.Sum(s => s.Length) / total;
                if (share > options.MaxMissingShare)
                {
                    findings.Add(new MissingContent(owner.Document, null, [other.Document], share));
                    continue;
                }
                foreach (var (section, _) in lacking.Where(s => s.Length >= options.MinMissingLength))
                {
                    if (!perSection.TryGetValue(section, out var list))
                    {
                        perSection[section] = list = [];
                    }
                    list.Add(other.Document);
                }
            }
            findings.AddRange(sized.Where(s => perSection.ContainsKey(s.Section))
                .Select(s => new MissingContent(owner.Document, s.Section, perSection[s.Section], 0)));
        }
        return findings;
    }
}
