using System.Text.Json.Nodes;
using Ingest.Core.Json;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Emit;

/// <summary>Writes manifest.json and one bundles/KEY.json per bundle, and removes bundle files of earlier runs.</summary>
public sealed class EmitStage(EmitOptions options, IOutputSink output) : ICorpusStage
{
    public string Name => "emit";

    public Corpus Run(Corpus corpus, StageContext context)
    {
        var documents = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var bundleOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bundle in corpus.Bundles)
        {
            var members = new HashSet<string>(bundle.Documents, StringComparer.Ordinal);
            var diagnostics = corpus.Diagnostics.Where(d => d.Document is not null && members.Contains(d.Document));
            var json = BundleJson.Build(bundle, [.. bundle.Documents.Select(id => documents[id])], diagnostics);
            var name = $"bundles/{bundle.Key}.json";
            output.Write(name, Serialize(json));
            written.Add(name);
            foreach (var id in bundle.Documents)
            {
                bundleOf[id] = bundle.Key;
            }
        }
        output.Retain("bundles", written);
        output.Write("manifest.json", Serialize(ManifestJson.Build(corpus, bundleOf)));
        return corpus;
    }

    private byte[] Serialize(JsonObject json) => options.Jcs ? JsonTextWriter.Canonical(json) : JsonTextWriter.Indented(json);
}
