using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Content;

/// <summary>A page dictionary, its object number and what it inherits from its ancestors.</summary>
internal sealed record PageNode(PdfDictionary Dictionary, int ObjectNumber, Inherited Inherited);

/// <summary>Page attributes inheritable through the page tree (ISO 32000-1, Table 30).</summary>
internal sealed record Inherited(PdfDictionary? Resources, PdfArray? MediaBox, PdfArray? CropBox, int Rotate);
