using System.Collections.Immutable;

namespace Ingest.Pdf;

/// <summary>Collects the diagnostics of one read; repeated identical reports are kept once.</summary>
internal sealed class DiagnosticBag
{
    private const int MaxDiagnostics = 1000;
    private readonly List<PdfDiagnostic> _items = [];
    private readonly HashSet<(string, string)> _seen = [];

    public int? CurrentPage { get; set; }

    public void Report(PdfRule rule, string message, int? objectNumber = null, long? offset = null)
    {
        if (_items.Count >= MaxDiagnostics || !_seen.Add((rule.Code, message)))
        {
            return;
        }
        _items.Add(new PdfDiagnostic(rule, message, objectNumber, offset, CurrentPage));
    }

    public bool Has(PdfRule rule) => _items.Exists(d => d.Rule == rule);

    public ImmutableArray<PdfDiagnostic> ToImmutable() => [.. _items];
}
