using Ingest.Core.Diagnostics;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Read.Pdf;

namespace Ingest.Core.Stages.Read;

/// <summary>Sniffs the format, detects the encoding and decodes the text; binary files are skipped with a reason.</summary>
public sealed class ReadStage(ReadOptions options) : IDocumentStage
{
    private readonly TextDecoder _decoder = new(options.FallbackEncoding);
    private readonly PdfTextDecoder _pdf = new(options.Pdf);

    public string Name => "read";

    public Document Run(Document document, StageContext context)
    {
        var bytes = document.Raw.Span;
        if (FormatSniffer.IsPdf(bytes))
        {
            return PdfDocumentReader.Read(_pdf, document, context);
        }
        if (FormatSniffer.BinaryKind(bytes) is { } binary)
        {
            context.Stop(InputStatus.Skipped, InputRules.Binary, document,
                $"The file looks like {binary}, not a document. Remove it from the inputs or convert it to text, Markdown, HTML or PDF.");
            return document;
        }
        var decoded = _decoder.Decode(bytes);
        if (decoded.Encoding.Method == "fallback")
        {
            context.Report(ReadRules.NotUtf8, document,
                $"The file is not valid UTF-8 and has no byte order mark; it was decoded as {decoded.Encoding.Name}. Check the text, and store the file as UTF-8.");
        }
        var format = FormatSniffer.Sniff(decoded.Text);
        return document with
        {
            Text = decoded.Text,
            Encoding = decoded.Encoding,
            Source = document.Source with { Format = format },
        };
    }
}
