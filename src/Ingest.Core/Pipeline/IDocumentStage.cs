using Ingest.Core.Model;

namespace Ingest.Core.Pipeline;

/// <summary>A stage that works on one document at a time; documents run through these in parallel.</summary>
public interface IDocumentStage
{
    string Name { get; }

    Document Run(Document document, StageContext context);
}
