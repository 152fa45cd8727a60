using Ingest.Core.Model;

namespace Ingest.Core.Pipeline;

/// <summary>A stage that needs every document at once (group, align, emit); runs after the per-document stages.</summary>
public interface ICorpusStage
{
    string Name { get; }

    Corpus Run(Corpus corpus, StageContext context);
}
