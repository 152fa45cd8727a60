namespace Ingest.Evaluation;

/// <summary>One evaluation the harness can run by name: <c>dotnet run --project tests/Ingest.Evaluation -- NAME [args]</c>.</summary>
public interface IEvaluation
{
    /// <summary>The name given on the command line (e.g. <c>encoding</c>, <c>language</c>, <c>alignment</c>).</summary>
    string Name { get; }

    /// <summary>A one-line description for the list of evaluations.</summary>
    string Description { get; }

    /// <summary>Runs the evaluation, prints its table on stdout and returns the exit code.</summary>
    int Run(string[] args);
}
