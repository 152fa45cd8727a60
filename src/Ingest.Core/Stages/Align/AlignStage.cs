using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Align;

/// <summary>Aligns the body sections of each bundle's documents (<see cref="BundleAligner"/>) and reports content
/// that some versions lack.</summary>
public sealed class AlignStage(AlignOptions options) : ICorpusStage
{
    public string Name => "align";

    public Corpus Run(Corpus corpus, StageContext context)
    {
        var byId = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var aligner = new BundleAligner(options);
        var bundles = corpus.Bundles.Select(bundle =>
        {
            if (bundle.Documents.Length < 2)
            {
                return bundle;
            }
            var documents = bundle.Documents.Select(id => byId[id])
                .OrderBy(d => d.Language.Tag, StringComparer.Ordinal).ThenBy(d => d.Source.Path, StringComparer.Ordinal).ToList();
            var result = aligner.Align(documents);
            foreach (var missing in result.Missing)
            {
                Report(missing, context);
            }
            return bundle with { Alignments = result.Alignments };
        }).ToImmutableArray();
        return corpus with { Bundles = bundles };
    }

    private static void Report(MissingContent missing, StageContext context)
    {
        var owner = missing.Owner;
        var lacking = string.Join(", ", missing.LackingIn.Select(d => $"{d.Language.Tag} ({d.Source.Path})"));
        if (missing.Section is not { } section)
        {
            context.Report(AlignRules.MostlyMissing, missing.LackingIn[0], string.Create(CultureInfo.InvariantCulture,
                $"{lacking} has no counterpart for {missing.Share * 100:0}% of the content of {owner.Language.Tag} ({owner.Source.Path}): a summary or partial version."));
            return;
        }
        var label = section.Number is { } number ? $"section {number} '{section.Title}'" : $"section '{section.Title}'";
        context.Report(AlignRules.MissingSection, owner, string.Create(CultureInfo.InvariantCulture,
            $"{owner.Language.Tag} has {label} that {lacking} lacks."), owner.ToSource(section.Span), section.Id);
    }
}
