using System.Globalization;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Read.Pdf;

namespace Ingest.Core.Stages.Read;

/// <summary>Sniffs the format, detects the encoding and decodes the text; binary files are skipped with a reason.</summary>
public sealed class ReadStage(ReadOptions options) : IDocumentStage
{
    private readonly EncodingDetector _detector = new(options);
    private readonly PdfTextDecoder _pdf = new(options.Pdf);
    private readonly (Glob Glob, ForcedEncoding Rule)[] _force = [.. options.Force.Select(f => (new Glob(f.Paths), f))];

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
        var detection = Forced(document, context) ?? Detect(bytes);
        var decoded = TextDecoder.Decode(bytes, detection);
        Report(document, context, detection, decoded);
        var format = FormatSniffer.Sniff(decoded.Text);
        return document with
        {
            Text = decoded.Text,
            Encoding = decoded.Encoding,
            Hints = document.Hints with { DeclaredCharset = detection.Declared },
            Repairs = document.Repairs.AddRange(decoded.Repairs),
            Source = document.Source with { Format = format },
        };
    }

    private EncodingDetection Detect(ReadOnlySpan<byte> bytes)
    {
        var detection = _detector.Detect(bytes);
        if (!options.Statistical && detection.Encoding.Method == "statistical")
        {
            return detection with { Encoding = new DetectedEncoding(options.FallbackEncoding, 0.5, false, "fallback") };
        }
        return detection;
    }

    private EncodingDetection? Forced(Document document, StageContext context)
    {
        var rule = _force.FirstOrDefault(f => f.Glob.IsMatch(document.Source.Path)).Rule;
        if (rule is null)
        {
            return null;
        }
        if (EncodingLabels.Resolve(rule.Encoding) is not { } name || !LegacyEncodings.IsKnown(name))
        {
            context.Report(ReadRules.UnknownForcedEncoding, document,
                $"read.force names '{rule.Encoding}' for '{rule.Paths}', which is not a known encoding; the encoding was detected instead.");
            return null;
        }
        var bytes = document.Raw.Span;
        var bom = name == "utf-8" && bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        return new EncodingDetection(new DetectedEncoding(name, 1.0, bom > 0, "forced"), bom);
    }

    private void Report(Document document, StageContext context, EncodingDetection detection, DecodedText decoded)
    {
        var encoding = detection.Encoding;
        var confidence = encoding.Confidence.ToString("0.###", CultureInfo.InvariantCulture);
        if (encoding.Method is "statistical" or "fallback" || (encoding.Method == "declared" && !encoding.Name.StartsWith("utf", StringComparison.Ordinal)))
        {
            context.Report(ReadRules.NotUtf8, document,
                $"The file is not UTF-8; it was decoded as {encoding.Name} ({encoding.Method}, confidence {confidence}"
                + (encoding.RunnerUp is { } r ? $", runner-up {r})" : ")") + ". Check the text, and store the file as UTF-8.");
        }
        if (encoding.Method == "statistical" && encoding.Confidence < options.MinConfidence)
        {
            context.Report(ReadRules.LowConfidence, document,
                $"The encoding {encoding.Name} was chosen with confidence {confidence} only"
                + (encoding.RunnerUp is { } r ? $"; {r} was close" : "") + ". Check the text or force the encoding in pipeline.json (read.force).");
        }
        if (detection.Declared is { } declared && detection.DeclaredName is null)
        {
            context.Report(ReadRules.UnknownCharsetLabel, document,
                $"The file declares charset '{declared}', which is not a known encoding label; the encoding was detected from the bytes.");
        }
        if (detection.DeclaredContradicted)
        {
            context.Report(ReadRules.DeclaredCharsetWrong, document,
                $"The file declares charset '{detection.Declared}', but its bytes are {encoding.Name}; they were decoded as {encoding.Name}. Fix the declaration.");
        }
        if (decoded.Repairs.Length > 0)
        {
            var dropped = decoded.Repairs.Sum(r => r.Count);
            context.Report(ReadRules.InvalidUtf8, document,
                $"{dropped} byte(s) in {decoded.Repairs.Length} place(s) are not valid UTF-8 and were dropped, the first at source byte {decoded.Repairs[0].Span.Start}; re-export the file from its source.",
                decoded.Repairs[0].Span);
        }
    }
}
