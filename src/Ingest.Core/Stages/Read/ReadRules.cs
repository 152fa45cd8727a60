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

    public static readonly Rule DeclaredCharsetWrong = new("ING104", "Declared charset contradicted by the bytes",
        Severity.Warning, "Fix the charset in the file's <meta>, XML declaration or front matter, or force the encoding in pipeline.json.");

    public static readonly Rule LowConfidence = new("ING105", "Encoding uncertain",
        Severity.Warning, "Check the decoded text; if it is wrong, force the encoding for these paths in pipeline.json (read.force).");

    public static readonly Rule UnknownCharsetLabel = new("ING106", "Unknown charset label",
        Severity.Info, "Use a WHATWG encoding label (for example utf-8 or windows-1252) in the declaration.");

    public static readonly Rule UnknownForcedEncoding = new("ING107", "Unknown forced encoding",
        Severity.Error, "Use a WHATWG encoding name in read.force of pipeline.json; the encoding was detected instead.");

    public static readonly Rule NoText = new("ING108", "No text in the document",
        Severity.Error, "Nothing could be read as text (an encrypted PDF without its password, scanned pages without a text layer); fix the cause the message names.");

    public static IReadOnlyList<Rule> All { get; } =
        [NotUtf8, UnsupportedFormat, InvalidUtf8, DeclaredCharsetWrong, LowConfidence, UnknownCharsetLabel, UnknownForcedEncoding, NoText,
            .. Pdf.PdfReadRules.All];
}
