using System.Text;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Tests.TestSupport;

/// <summary>Documents and contexts for stage tests.</summary>
internal static class TestDocuments
{
    public static Document FromBytes(byte[] bytes, string path = "in/test.txt") =>
        Document.Create(DocumentProcessor.DocumentId("0", path), new SourceInfo(path, "0", bytes.Length, DocumentFormat.Text), bytes);

    public static Document FromText(string text, string path = "in/test.txt") => FromBytes(Encoding.UTF8.GetBytes(text), path);

    /// <summary>A document read and repaired by the default stages, ready for parse.</summary>
    public static Document Read(string text, string path = "in/test.txt")
    {
        var context = Context();
        var document = new Ingest.Core.Stages.Read.ReadStage(new()).Run(FromText(text, path), context);
        return new Ingest.Core.Stages.Repair.RepairStage(new()).Run(document, context);
    }

    /// <summary>A document through every per-document stage with default options.</summary>
    public static Document Process(string text, string path = "in/test.txt")
    {
        var context = Context();
        var plan = StageCatalog.Build(PipelineConfig.Defaults("."), new StageEnvironment(null));
        return plan.DocumentStages.Aggregate(FromText(text, path), (d, stage) => stage.Run(d, context));
    }

    public static StageContext Context() => new(SeverityPolicy.Default);
}
