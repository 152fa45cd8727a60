using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Read.Pdf;

/// <summary>The read stage's PDF path: text from the reader, its findings as diagnostics, and a stop when nothing usable came out.</summary>
internal static class PdfDocumentReader
{
    public static Document Read(PdfTextDecoder decoder, Document document, StageContext context)
    {
        var pdf = decoder.Decode(document.Raw);
        var fatal = false;
        foreach (var finding in pdf.Diagnostics)
        {
            var where = finding.Page is { } page ? $" (page {page})" : string.Empty;
            var span = finding.Offset is { } offset ? Span.Bytes((int)Math.Min(offset, int.MaxValue), (int)Math.Min(offset, int.MaxValue)) : (Span?)null;
            context.Report(PdfReadRules.For(finding.Rule), document, finding.Message + where + ". " + finding.Rule.Help, span);
            fatal |= PdfReadRules.IsFatal(finding.Rule);
        }
        var read = document with
        {
            Text = pdf.Text,
            Encoding = new DetectedEncoding("utf-8", 1.0, false, "pdf"),
            Source = document.Source with { Format = DocumentFormat.Pdf },
            Repairs = document.Repairs.AddRange(pdf.Repairs),
            Layout = pdf.Layout,
        };
        // Text that is only page furniture (page numbers over scanned pages) is no text layer either.
        var bodyless = pdf.Layout.Regions.All(r => r.Role != RegionRole.Body);
        if (fatal || string.IsNullOrWhiteSpace(pdf.Text) || bodyless)
        {
            context.Stop(InputStatus.Failed, ReadRules.NoText, read, fatal
                ? "No text could be read from the PDF; see the PDF findings for why."
                : "The PDF has no text layer " + (bodyless && pdf.Text.Length > 0 ? "beyond page numbers, headers or footers " : string.Empty)
                    + "(scanned pages?); run OCR on it first, Ingest does not read text in images.");
        }
        return read;
    }
}
