namespace Ingest.Pdf.Tests.Support;

/// <summary>The committed samples (samples/pdf, copied beside the test assembly).</summary>
internal static class SampleFiles
{
    public static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", "pdf");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static IEnumerable<string> Pdfs => System.IO.Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "pdf"), "*.pdf")
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal);

    public static PdfDocument Read(string name)
    {
        var pdf = PathOf(name);
        var passwordFile = Path.ChangeExtension(pdf, ".password");
        var password = File.Exists(passwordFile) ? File.ReadAllText(passwordFile).Trim() : null;
        return new PdfReader(new PdfReadOptions { Password = password }).Read(File.ReadAllBytes(pdf));
    }
}
