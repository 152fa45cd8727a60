using System.Collections.Immutable;
using Ingest.Core.Diagnostics;

namespace Ingest.Core.Model;

/// <summary>Everything a run knows after the per-document stages; the corpus stages return new versions of it.</summary>
/// <param name="Inputs">Every input file, sorted by path, with its status.</param>
/// <param name="Documents">The documents read successfully, sorted by path.</param>
/// <param name="Bundles">Bundles, filled by the group stage.</param>
/// <param name="Diagnostics">Every diagnostic of the run.</param>
public sealed record Corpus(
    ImmutableArray<InputRecord> Inputs,
    ImmutableArray<Document> Documents,
    ImmutableArray<Bundle> Bundles,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public Document GetDocument(string id) => Documents.First(d => d.Id == id);
}
