using System.Security.Cryptography;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Tests.Golden;

/// <summary>Runs the read, repair, parse and sections stages on one file, as the pipeline does, for outline tests.</summary>
internal static class StructurePipeline
{
    private static readonly IDocumentStage[] Stages =
    [
        new ReadStage(new ReadOptions()),
        new RepairStage(new RepairOptions()),
        new ParseStage(new ParseOptions()),
        new SectionsStage(new SectionsOptions()),
    ];

    public static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Run(string root, string relativePath) =>
        Run(relativePath, File.ReadAllBytes(Path.Combine(root, relativePath)));

    public static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Run(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var document = Document.Create("d-" + hash[..16], new SourceInfo(path, hash, bytes.Length, DocumentFormat.Text), bytes);
        var context = new StageContext(SeverityPolicy.Default);
        foreach (var stage in Stages)
        {
            document = stage.Run(document, context);
            if (context.Stopped is not null)
            {
                break;
            }
        }
        return (document, context.Diagnostics);
    }
}
