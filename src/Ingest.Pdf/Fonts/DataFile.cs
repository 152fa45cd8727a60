using System.IO.Compression;
using System.Reflection;

namespace Ingest.Pdf.Fonts;

/// <summary>Reads the generated tables embedded from Fonts/Data (see Fonts/Data/SOURCE.md).</summary>
internal static class DataFile
{
    public static IEnumerable<string> Lines(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Pdf.Fonts.Data." + fileName)
            ?? throw new InvalidOperationException($"embedded table {fileName} is missing from the build");
        using var reader = fileName.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress))
            : new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
