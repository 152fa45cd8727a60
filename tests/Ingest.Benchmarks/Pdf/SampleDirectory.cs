namespace Ingest.Benchmarks.Pdf;

/// <summary>Finds samples/pdf: INGEST_PDF_SAMPLES, else upwards from the working directory or the binary.</summary>
internal static class SampleDirectory
{
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("INGEST_PDF_SAMPLES") is { Length: > 0 } configured)
        {
            return configured;
        }
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "pdf");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException("samples/pdf not found; set INGEST_PDF_SAMPLES to its path");
    }
}
