namespace Ingest.Evaluation;

/// <summary>Finds the evaluations in this assembly and runs the one named first on the command line.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var evaluations = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IEvaluation).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IEvaluation)Activator.CreateInstance(t)!)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var chosen = args.Length > 0 ? evaluations.FirstOrDefault(e => e.Name == args[0]) : null;
        if (chosen is null)
        {
            Console.Error.WriteLine("usage: Ingest.Evaluation NAME [args]; evaluations:");
            foreach (var evaluation in evaluations)
            {
                Console.Error.WriteLine($"  {evaluation.Name,-12} {evaluation.Description}");
            }
            return 2;
        }
        return chosen.Run(args[1..]);
    }
}
