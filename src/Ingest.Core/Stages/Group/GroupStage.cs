using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Group;

/// <summary>Groups documents that are versions of one text into bundles; the rest are bundles of one.</summary>
/// <remarks>The algorithm is <see cref="DocumentGrouper"/>; this stage extracts anchors, names the bundles and reports.</remarks>
public sealed class GroupStage(GroupOptions options) : ICorpusStage
{
    public string Name => "group";

    public Corpus Run(Corpus corpus, StageContext context)
    {
        var documents = corpus.Documents;
        var inputs = documents.Select(d =>
        {
            var text = ContentText.Of(d);
            var profile = d.Sections.Where(s => s.Kind == SectionKind.Body && s.Text.Length > 0).Select(s => ContentLength.Of(s.Text)).ToList();
            var language = d.Language.Tag == LanguageResult.Undetermined.Tag ? null : d.Language.Tag;
            var (shingles, vocabulary) = TextShingles.OfWords(ContentText.Wording(d));
            return new GroupInput(AnchorExtractor.Extract(text), ContentLength.Of(text), profile, language, shingles, vocabulary);
        }).ToList();
        var result = new DocumentGrouper(options).Group(inputs);
        foreach (var link in result.Summaries)
        {
            var shorter = link.Shorter(inputs);
            var longer = documents[shorter == link.A ? link.B : link.A];
            context.Report(GroupRules.SummaryJoined, documents[shorter], string.Create(CultureInfo.InvariantCulture,
                $"Bundled with {longer.Source.Path} as a summary: {link.LengthRatio:0.00} of its length, "
                + $"{link.ShorterCoverage(inputs):0.00} of the anchors covered ({string.Join(", ", link.Overlap.Evidence)})."));
        }
        var bundles = result.Bundles
            .Select(g => MakeBundle([.. g.Select(i => documents[i])]))
            .OrderBy(b => b.Key, StringComparer.Ordinal)
            .ToImmutableArray();
        if (documents.Length > 1)
        {
            var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
            foreach (var alone in bundles.Where(b => b.Documents.Length == 1))
            {
                var document = byId[alone.Documents[0]];
                context.Report(GroupRules.Ungrouped, document,
                    $"No other of the {documents.Length} documents is a version of this one; it is a bundle of one ({alone.Key}).");
            }
        }
        return corpus with { Bundles = bundles };
    }

    private static Bundle MakeBundle(List<Document> members)
    {
        // The dominant title is the fullest version's; one in a script the slug cannot spell gives way to the next.
        var title = members.OrderByDescending(d => d.Sections.Length).ThenByDescending(d => d.Text.Length)
            .ThenBy(d => d.Source.Path, StringComparer.Ordinal)
            .Select(d => d.Title).FirstOrDefault(t => t is not null && BundleKeys.Slug(t).Length > 0);
        var ids = members.Select(d => d.Id).Order(StringComparer.Ordinal).ToImmutableArray();
        return new Bundle(BundleKeys.For(title, ids), ids, []);
    }
}
