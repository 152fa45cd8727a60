using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;
using Ingest.Pdf;

namespace Ingest.Core.Stages.Read.Pdf;

/// <summary>Reads a PDF with the managed reader and gives its text in a simple reading order, one paragraph break per page.</summary>
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

    public PdfText Decode(ReadOnlyMemory<byte> bytes)
    {
        var pdf = _reader.Read(bytes);
        // Pages end in a form feed from the reader; a page break is at least a paragraph break in the text.
        var text = string.Join("\n\n", pdf.Pages.Select(p => p.ExtractText().Trim('\n', '\f')).Where(t => t.Length > 0));
        var repairs = pdf.UnmappedGlyphCount == 0
            ? ImmutableArray<Model.Repair>.Empty
            : [new Model.Repair("unmapped-glyphs", Span.Bytes(0, bytes.Length), pdf.UnmappedGlyphCount,
                string.Create(CultureInfo.InvariantCulture, $"left out {pdf.UnmappedGlyphCount} glyphs that have no Unicode mapping in their font"))];
        return new PdfText(text, pdf.Pages.Length, pdf.Diagnostics, repairs);
    }
}
