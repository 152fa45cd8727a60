using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Group;

namespace Ingest.Core.Stages.Align;

/// <summary>Aligns the body sections of each bundle's documents to a pivot (the document with most sections).</summary>
/// <remarks>Score: anchor overlap of title and text (IDF over the bundle's sections) and closeness of relative position.</remarks>
public sealed class AlignStage(AlignOptions options) : ICorpusStage
{
    public string Name => "align";

    public Corpus Run(Corpus corpus, StageContext context)
    {
        var byId = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var bundles = corpus.Bundles.Select(b => b.Documents.Length < 2 ? b : b with
        {
            Alignments = AlignBundle([.. b.Documents.Select(id => byId[id])]),
        }).ToImmutableArray();
        return corpus with { Bundles = bundles };
    }

    private ImmutableArray<Alignment> AlignBundle(List<Document> documents)
    {
        var ordered = documents.OrderBy(d => d.Language.Tag, StringComparer.Ordinal).ThenBy(d => d.Source.Path, StringComparer.Ordinal).ToList();
        var bodies = ordered.ToDictionary(d => d.Id, d => d.Sections.Where(s => s.Kind == SectionKind.Body).ToList(), StringComparer.Ordinal);
        var anchors = ordered.SelectMany(d => bodies[d.Id])
            .ToDictionary(s => s.Id, s => (IReadOnlySet<string>)AnchorExtractor.Extract(s.Title + "\n" + s.Text), StringComparer.Ordinal);
        var profile = new AnchorProfile([.. anchors.Values], 1.0, new AnchorWeights());
        var pivot = ordered.OrderByDescending(d => bodies[d.Id].Count).ThenBy(d => d.Source.Path, StringComparer.Ordinal).First();
        var groups = bodies[pivot.Id].Select(s => new List<(Document Doc, Section Section, double Score, IReadOnlyList<string> Shared)>
        {
            (pivot, s, 1.0, []),
        }).ToList();
        foreach (var other in ordered.Where(d => d.Id != pivot.Id))
        {
            foreach (var pair in Match(bodies[pivot.Id], bodies[other.Id], anchors, profile))
            {
                groups[pair.Pivot].Add((other, bodies[other.Id][pair.Other], pair.Score, pair.SharedAnchors));
            }
        }
        var order = ordered.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return
        [
            .. groups.Where(g => g.Count >= 2).Select(g =>
            {
                var members = g.OrderBy(m => order[m.Doc.Id]).Select(m => new AlignmentMember(m.Doc.Id, m.Section.Id)).ToImmutableArray();
                var confidence = Math.Round(g.Skip(1).Average(m => m.Score), 3);
                var evidence = g.Skip(1).SelectMany(m => m.Shared).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(8)
                    .Select(a => "anchor " + a).ToImmutableArray();
                return new Alignment(AlignmentId(members), confidence, members, evidence);
            }).OrderBy(a => FirstPosition(a, ordered, order)),
        ];
    }

    private IEnumerable<SectionPair> Match(List<Section> pivot, List<Section> other,
        Dictionary<string, IReadOnlySet<string>> anchors, AnchorProfile profile)
    {
        double Score(int i, int j)
        {
            var position = 1 - Math.Abs(Relative(i, pivot.Count) - Relative(j, other.Count));
            var overlap = profile.Compare(anchors[pivot[i].Id], anchors[other[j].Id]).Similarity;
            return (1 - options.PositionWeight) * overlap + options.PositionWeight * position * Math.Min(1, overlap * 4);
        }
        foreach (var (i, j) in SequenceAligner.Align(pivot.Count, other.Count, Score, options.MinScore))
        {
            var shared = anchors[pivot[i].Id].Intersect(anchors[other[j].Id]).Where(a => profile.Weight(a) > 0)
                .OrderByDescending(profile.Weight).ThenBy(a => a, StringComparer.Ordinal).Take(4).ToList();
            yield return new SectionPair(i, j, Math.Round(Score(i, j), 3), shared);
        }
    }

    private static double Relative(int index, int count) => count <= 1 ? 0.5 : index / (double)(count - 1);

    private static string AlignmentId(IEnumerable<AlignmentMember> members)
    {
        var text = string.Join("\n", members.Select(m => m.Section));
        return "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    private static string FirstPosition(Alignment alignment, List<Document> ordered, Dictionary<string, int> order)
    {
        var first = alignment.Members[0];
        var document = ordered[order[first.Document]];
        var index = document.Sections.Select(s => s.Id).ToList().IndexOf(first.Section);
        return order[first.Document].ToString("D4", CultureInfo.InvariantCulture) + index.ToString("D6", CultureInfo.InvariantCulture);
    }
}
