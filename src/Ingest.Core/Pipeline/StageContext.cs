using Ingest.Core.Diagnostics;
using Ingest.Core.Model;

namespace Ingest.Core.Pipeline;

/// <summary>What a stage may do besides returning its result: report findings, or stop a document.</summary>
/// <remarks>One context per document for per-document stages (no sharing across threads); one for the corpus stages.</remarks>
public sealed class StageContext(SeverityPolicy policy)
{
    private readonly Lock _gate = new();
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Set when a stage decided that the document cannot go on; the runner stops it there.</summary>
    public InputStatus? Stopped { get; private set; }

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (_gate)
            {
                return [.. _diagnostics];
            }
        }
    }

    /// <summary>Records a finding about <paramref name="document"/> (or one of its sections).</summary>
    public void Report(Rule rule, Document document, string message, Span? span = null, string? section = null) =>
        Add(rule, document.Source.Path, message, span, document.Id, section);

    /// <summary>Records a finding about an input path that has no document.</summary>
    public void Report(Rule rule, string path, string message, Span? span = null) =>
        Add(rule, path, message, span, null, null);

    /// <summary>Reports why the document cannot go on and stops it with <paramref name="status"/>.</summary>
    public void Stop(InputStatus status, Rule rule, Document document, string message, Span? span = null)
    {
        Report(rule, document, message, span);
        Stopped = status;
    }

    /// <summary>Stops the input without a document (used before one exists, e.g. for an empty file).</summary>
    internal void MarkStopped(InputStatus status) => Stopped = status;

    private void Add(Rule rule, string path, string message, Span? span, string? document, string? section)
    {
        var severity = policy.SeverityOf(rule, path);
        if (severity == Severity.None)
        {
            return;
        }
        lock (_gate)
        {
            _diagnostics.Add(new Diagnostic(rule, severity, message, path, span, document, section));
        }
    }
}
