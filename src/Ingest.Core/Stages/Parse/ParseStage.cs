using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Parse.Pdf;

namespace Ingest.Core.Stages.Parse;

/// <summary>Turns the text into blocks with the parser for the document's format.</summary>
public sealed class ParseStage(ParseOptions options) : IDocumentStage
{
    private readonly PlainTextBlockParser _plainText = new(options);
    private readonly PdfBlockParser _pdf = new(options);

    public string Name => "parse";

    public Document Run(Document document, StageContext context)
    {
        switch (document.Source.Format)
        {
            case DocumentFormat.Markdown:
                return document with { Blocks = MarkdownBlockParser.Parse(document.Text) };
            case DocumentFormat.Html:
                var html = HtmlBlockParser.Parse(document.Text);
                var hints = document.Hints with
                {
                    LanguageHint = html.Language ?? document.Hints.LanguageHint,
                    DeclaredCharset = document.Hints.DeclaredCharset ?? html.Charset,
                };
                return document with { Blocks = html.Blocks, Hints = hints };
            case DocumentFormat.Pdf when document.Layout is not null:
                return document with { Blocks = _pdf.Parse(document) };
            default:
                return document with { Blocks = _plainText.Parse(document.Text) };
        }
    }
}
