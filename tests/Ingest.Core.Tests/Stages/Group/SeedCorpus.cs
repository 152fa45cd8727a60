using System.Runtime.CompilerServices;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Group;

/// <summary>The seeds run through the per-document stages of the repository's pipeline.json, once per test run.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<Corpus> Cached = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The seed documents after read, repair, parse, language and sections; no bundles yet.</summary>
    public static Corpus Documents => Cached.Value;

    public static Document ByPrefix(string prefix) =>
        Documents.Documents.Single(d => Path.GetFileName(d.Source.Path).StartsWith(prefix, StringComparison.Ordinal));

    private static Corpus Load()
    {
        var config = PipelineConfigLoader.Load(Path.Combine(RepositoryRoot, "pipeline.json"));
        var plan = StageCatalog.Build(config, new StageEnvironment(null));
        var documentsOnly = plan with { CorpusStages = [] };
        var inputs = new InputCollector(RepositoryRoot).Collect([Path.Combine(RepositoryRoot, "seeds")]);
        return new PipelineRunner(documentsOnly).Run(inputs, 2);
    }

    // Build output may live outside the tree (INGEST_ARTIFACTS), so the source file's own path is the second guess.
    private static string FindRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { TestContext.CurrentContext.TestDirectory, Path.GetDirectoryName(source) ?? string.Empty })
        {
            var directory = start.Length == 0 ? null : new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Ingest.sln")))
            {
                directory = directory.Parent;
            }
            if (directory is not null)
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Ingest.sln not found above the test folder or the test sources.");
    }
}
