using System.Collections.Immutable;
using Ingest.Core.Model;
using Ingest.Pdf;

namespace Ingest.Core.Stages.Read.Pdf;

/// <summary>The text of a PDF, its page geometry keyed by offsets of that text, the reader's diagnostics and the repairs (glyphs left out).</summary>
public sealed record PdfText(string Text, int PageCount, ImmutableArray<PdfDiagnostic> Diagnostics, ImmutableArray<Model.Repair> Repairs,
    DocumentLayout Layout);
