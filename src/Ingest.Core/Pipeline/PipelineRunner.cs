using System.Collections.Immutable;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;

namespace Ingest.Core.Pipeline;

/// <summary>Runs the per-document stages in parallel, streaming each file through all of them, then the corpus stages.</summary>
public sealed class PipelineRunner(PipelinePlan plan)
{
    public Corpus Run(InputSet inputs, int jobs, IProgress<RunProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var outcomes = ProcessDocuments(inputs.Files, jobs, progress, cancellation);
        var corpus = Assemble(inputs, outcomes);
        foreach (var stage in plan.CorpusStages)
        {
            cancellation.ThrowIfCancellationRequested();
            corpus = RunCorpusStage(stage, corpus);
        }
        return corpus with { Diagnostics = DiagnosticOrder.Sort(corpus.Diagnostics) };
    }

    private DocumentOutcome[] ProcessDocuments(ImmutableArray<InputFile> files, int jobs,
        IProgress<RunProgress>? progress, CancellationToken cancellation)
    {
        var processor = new DocumentProcessor(plan);
        var outcomes = new DocumentOutcome[files.Length];
        var done = 0;
        long bytesDone = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellation };
        Parallel.For(0, files.Length, options, i =>
        {
            outcomes[i] = processor.Process(files[i]);
            var count = Interlocked.Increment(ref done);
            var bytes = Interlocked.Add(ref bytesDone, outcomes[i].Input.Bytes);
            progress?.Report(new RunProgress(count, files.Length, files[i].Path, bytes));
        });
        return outcomes;
    }

    private Corpus Assemble(InputSet inputs, DocumentOutcome[] outcomes)
    {
        var problems = inputs.Problems.Select(p => new
        {
            Record = new InputRecord(p.Path, null, 0, StatusOf(p.Rule), null),
            Diagnostic = new Diagnostic(p.Rule, plan.Policy.SeverityOf(p.Rule, p.Path), p.Message, p.Path),
        }).ToList();
        var records = outcomes.Select(o => o.Input).Concat(problems.Select(p => p.Record))
            .OrderBy(r => r.Path, StringComparer.Ordinal).ToImmutableArray();
        var documents = outcomes.Where(o => o.Document is not null).Select(o => o.Document!)
            .OrderBy(d => d.Source.Path, StringComparer.Ordinal).ToImmutableArray();
        var diagnostics = outcomes.SelectMany(o => o.Diagnostics)
            .Concat(problems.Select(p => p.Diagnostic).Where(d => d.Severity != Severity.None))
            .Concat(Duplicates(outcomes))
            .ToImmutableArray();
        return new Corpus(records, documents, [], diagnostics);
    }

    /// <summary>An info finding on every input whose bytes another input (earlier by path) already had; both stay documents.</summary>
    private IEnumerable<Diagnostic> Duplicates(DocumentOutcome[] outcomes) =>
        outcomes.Where(o => o.Input.Sha256 is { Length: > 0 } && o.Input.Bytes > 0)
            .GroupBy(o => o.Input.Sha256, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g =>
            {
                var first = g.OrderBy(o => o.Input.Path, StringComparer.Ordinal).First().Input;
                return g.Where(o => o.Input.Path != first.Path).Select(o => new Diagnostic(InputRules.DuplicateContent,
                    plan.Policy.SeverityOf(InputRules.DuplicateContent, o.Input.Path),
                    $"The file has the same bytes as '{first.Path}'; both are kept as separate documents. Remove one if the copy is unintended.",
                    o.Input.Path, Document: o.Input.Document));
            })
            .Where(d => d.Severity != Severity.None);

    private static InputStatus StatusOf(Rule rule) =>
        rule.DefaultSeverity == Severity.Error ? InputStatus.Failed : InputStatus.Skipped;

    private Corpus RunCorpusStage(ICorpusStage stage, Corpus corpus)
    {
        var context = new StageContext(plan.Policy);
        Corpus result;
        try
        {
            result = stage.Run(corpus, context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Report(InputRules.InternalError, string.Empty,
                $"Stage '{stage.Name}' failed: {e.GetType().Name}: {e.Message}. This is a bug in Ingest; please report it.");
            result = corpus;
        }
        return result with { Diagnostics = result.Diagnostics.AddRange(context.Diagnostics) };
    }
}
