using System.Text;
using Ingest.Pdf;
using Ingest.Pdf.Layout;

// Evaluation helper for tests/Ingest.Pdf.Tools/evaluate.py and reading_order.py: prints the text of each PDF given,
// diagnostics to stderr. --layout: the body blocks of the layout analysis in reading order (one blank line between
// blocks), without page furniture; --furniture: only the furniture blocks, each with its role and reason.
// Usage: PdfText [--password PW] [--layout|--furniture] [--repeat N] FILE.pdf...   (--repeat: timing mode)
string? password = null;
var repeat = 0;
var mode = "text";
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
    else if (args[i] is "--layout" or "--furniture")
    {
        mode = args[i][2..];
    }
    else
    {
        files.Add(args[i]);
    }
}
var reader = new PdfReader(new PdfReadOptions { Password = password });
if (repeat > 0)
{
    // Timing mode: after a warm-up, read and extract each file `repeat` times in this process; prints pages per
    // second of wall time and per second of this process's CPU time (robust when the machine is shared).
    foreach (var file in files)
    {
        var bytes = File.ReadAllBytes(file);
        var pages = reader.Read(bytes).Pages.Length;
        for (var k = 0; k < 20; k++)
        {
            Extract(reader.Read(bytes));
        }
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        for (var k = 0; k < repeat; k++)
        {
            Extract(reader.Read(bytes));
        }
        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Ingest.Pdf {pages * repeat / wall.Elapsed.TotalSeconds:F0} pages/s wall, {pages * repeat / cpu:F0} pages/s CPU"));
    }
    return;
}
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
foreach (var file in files)
{
    var document = reader.Read(File.ReadAllBytes(file));
    stdout.Write(Extract(document));
    foreach (var diagnostic in document.Diagnostics)
    {
        Console.Error.WriteLine($"{file}: {diagnostic.Code} {diagnostic.Message}");
    }
}
stdout.Flush();

string Extract(PdfDocument document)
{
    if (mode == "text")
    {
        return document.ExtractText();
    }
    var text = new StringBuilder();
    foreach (var block in new PdfLayoutAnalyzer().Analyze(document).Pages.SelectMany(p => p.Blocks))
    {
        if (mode == "layout" && block.Role == PdfBlockRole.Body)
        {
            text.Append(block.Text).Append("\n\n");
        }
        else if (mode == "furniture" && block.Role != PdfBlockRole.Body)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"p{block.Page} {block.Role} [{block.RoleReason}]: {block.Text}\n");
        }
    }
    return text.ToString();
}
