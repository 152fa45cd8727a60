using System.Text;
using Ingest.Pdf;

// Evaluation helper for tools/pdf/evaluate.py: prints the text of each PDF given, diagnostics to stderr.
// Usage: PdfText [--password PW] [--repeat N] FILE.pdf...   (--repeat: timing mode)
string? password = null;
var repeat = 0;
var files = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--password" && i + 1 < args.Length)
    {
        password = args[++i];
    }
    else if (args[i] == "--repeat" && i + 1 < args.Length)
    {
        repeat = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    }
    else
    {
        files.Add(args[i]);
    }
}
var reader = new PdfReader(new PdfReadOptions { Password = password });
if (repeat > 0)
{
    // Timing mode: read each file `repeat` times in this process, print pages per second (read, then text).
    foreach (var file in files)
    {
        var bytes = File.ReadAllBytes(file);
        var pages = reader.Read(bytes).Pages.Length;
        var read = System.Diagnostics.Stopwatch.StartNew();
        for (var k = 0; k < repeat; k++)
        {
            reader.Read(bytes);
        }
        read.Stop();
        var full = System.Diagnostics.Stopwatch.StartNew();
        for (var k = 0; k < repeat; k++)
        {
            reader.Read(bytes).ExtractText();
        }
        full.Stop();
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)}\t{pages} pages\tread {pages * repeat / read.Elapsed.TotalSeconds:F0} pages/s\tread+text {pages * repeat / full.Elapsed.TotalSeconds:F0} pages/s"));
    }
    return;
}
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
