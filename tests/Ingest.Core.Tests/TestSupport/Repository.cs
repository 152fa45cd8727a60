using System.Reflection;

namespace Ingest.Core.Tests.TestSupport;

/// <summary>Paths inside the repository (seeds, samples, golden files), wherever the tests were built.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
