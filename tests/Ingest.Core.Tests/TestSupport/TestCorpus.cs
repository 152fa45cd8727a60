using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Tests.TestSupport;

/// <summary>Corpora for corpus-stage tests: texts through the per-document stages, then group and align with default options.</summary>
internal static class TestCorpus
{
    public static Corpus Run(params (string Path, string Text)[] files)
    {
        var documents = files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => TestDocuments.Process(f.Text, f.Path)).ToList();
        var corpus = new Corpus([.. documents.Select(d => new InputRecord(d.Source.Path, "0", d.Text.Length, InputStatus.Ok, d.Id))],
            [.. documents], [], []);
        var plan = StageCatalog.Build(PipelineConfig.Defaults("."), new StageEnvironment(null));
        var context = TestDocuments.Context();
        return plan.CorpusStages.Aggregate(corpus, (c, stage) => stage.Run(c, context));
    }

    public static string[][] BundlePaths(Corpus corpus)
    {
        var paths = corpus.Documents.ToDictionary(d => d.Id, d => d.Source.Path);
        return [.. corpus.Bundles.Select(b => b.Documents.Select(id => paths[id]).Order(StringComparer.Ordinal).ToArray())
            .OrderBy(b => b[0], StringComparer.Ordinal)];
    }
}
