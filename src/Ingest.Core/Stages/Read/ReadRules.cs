using Ingest.Core.Diagnostics;

namespace Ingest.Core.Stages.Read;

/// <summary>Rules of the read stage (ING1xx).</summary>
public static class ReadRules
{
    public static readonly Rule NotUtf8 = new("ING101", "Encoding is not UTF-8",
        Severity.Warning, "The file was decoded with a legacy encoding; check the text, and store the file as UTF-8 at its source.");

    public static readonly Rule UnsupportedFormat = new("ING102", "Unsupported format",
        Severity.Warning, "Ingest reads plain text, Markdown, HTML and PDF; convert the file to one of these.");

    public static readonly Rule InvalidUtf8 = new("ING103", "Invalid UTF-8 bytes",
        Severity.Warning, "Bytes that are not valid UTF-8 were dropped; re-export the file from its source.");

    public static readonly Rule NoText = new("ING104", "No text in the document",
        Severity.Error, "Nothing could be read as text (an encrypted PDF without its password, scanned pages without a text layer); fix the cause the message names.");

    public static IReadOnlyList<Rule> All { get; } = [NotUtf8, UnsupportedFormat, InvalidUtf8, NoText, .. Pdf.PdfReadRules.All];
}
