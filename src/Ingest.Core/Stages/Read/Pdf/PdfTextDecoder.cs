using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;
using Ingest.Pdf;
using Ingest.Pdf.Layout;

namespace Ingest.Core.Stages.Read.Pdf;

/// <summary>Reads a PDF with the managed reader, lays its pages out (lines, blocks, columns, furniture) and gives the text with its geometry.</summary>
public sealed class PdfTextDecoder(PdfOptions options)
{
    private readonly PdfReader _reader = new(new PdfReadOptions
    {
        Password = options.Password,
        MaxDecodedStreamBytes = options.MaxDecodedStreamBytes,
        MaxTotalDecodedBytes = options.MaxTotalDecodedBytes,
        MaxOperatorsPerPage = options.MaxOperatorsPerPage,
        MaxObjects = options.MaxObjects,
        MaxNestingDepth = options.MaxNestingDepth,
    });

    private readonly PdfLayoutAnalyzer _layout = new();

    public PdfText Decode(ReadOnlyMemory<byte> bytes)
    {
        var pdf = _reader.Read(bytes);
        var (text, layout) = LayoutText.Build(_layout.Analyze(pdf), pdf.Pages.Length);
        var repairs = pdf.UnmappedGlyphCount == 0
            ? ImmutableArray<Model.Repair>.Empty
            : [new Model.Repair("unmapped-glyphs", Span.Bytes(0, bytes.Length), pdf.UnmappedGlyphCount,
                string.Create(CultureInfo.InvariantCulture, $"left out {pdf.UnmappedGlyphCount} glyphs that have no Unicode mapping in their font"))];
        return new PdfText(text, pdf.Pages.Length, pdf.Diagnostics, repairs, layout);
    }
}
