using System.Text;
using Ingest.Pdf;

// Evaluation helper for tools/pdf/evaluate.py: prints the text of each PDF given, diagnostics to stderr.
// Usage: PdfText [--password PW] FILE.pdf...
string? password = null;
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--password" && i + 1 < args.Length)
    {
        password = args[++i];
    }
    else
    {
        files.Add(args[i]);
    }
}
var reader = new PdfReader(new PdfReadOptions { Password = password });
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
foreach (var file in files)
{
    var document = reader.Read(File.ReadAllBytes(file));
    stdout.Write(document.ExtractText());
    foreach (var diagnostic in document.Diagnostics)
    {
        Console.Error.WriteLine($"{file}: {diagnostic.Code} {diagnostic.Message}");
    }
}
stdout.Flush();
