using System.Collections.Immutable;

namespace Ingest.Pdf;

/// <summary>The catalog of diagnostics the PDF reader reports. Codes keep their meaning.</summary>
public static class PdfRules
{
    public static readonly PdfRule NotPdf = new("PDF001", "No PDF header",
        PdfSeverity.Warning, "Check that the file is a PDF; reading was attempted anyway.");
    public static readonly PdfRule XrefRebuilt = new("PDF002", "Cross-reference table rebuilt",
        PdfSeverity.Warning, "The xref was missing or wrong; objects were found by scanning. Re-save the file to repair it.");
    public static readonly PdfRule Truncated = new("PDF003", "File truncated",
        PdfSeverity.Warning, "The file ends early; text after the cut is lost. Obtain the complete file.");
    public static readonly PdfRule MissingObject = new("PDF004", "Object missing or unreadable",
        PdfSeverity.Warning, "A referenced object could not be read; it was treated as null.");
    public static readonly PdfRule ReferenceCycle = new("PDF005", "Reference cycle",
        PdfSeverity.Warning, "An object refers to itself (page tree, form or reference chain); the loop was cut.");
    public static readonly PdfRule StreamTooLarge = new("PDF006", "Decoded stream over the limit",
        PdfSeverity.Error, "A stream decodes to more than MaxDecodedStreamBytes, or all streams to more than MaxTotalDecodedBytes (possible decompression bomb); raise the limit if the file is trusted.");
    public static readonly PdfRule CorruptStream = new("PDF007", "Corrupt stream data",
        PdfSeverity.Warning, "A filter could not decode all data; what was decoded is used.");
    public static readonly PdfRule UnsupportedFilter = new("PDF008", "Unsupported filter",
        PdfSeverity.Info, "The stream uses a filter the reader does not decode (images are skipped on purpose).");
    public static readonly PdfRule WrongPassword = new("PDF009", "Password required",
        PdfSeverity.Error, "The file is encrypted and neither the empty password nor the given one opens it; pass the user password.");
    public static readonly PdfRule UnsupportedEncryption = new("PDF010", "Unsupported encryption",
        PdfSeverity.Error, "Only the standard security handler (RC4, AES-128, AES-256) is supported.");
    public static readonly PdfRule TooManyObjects = new("PDF011", "Too many objects",
        PdfSeverity.Error, "The file declares more objects than MaxObjects; raise the limit if the file is trusted.");
    public static readonly PdfRule TooDeep = new("PDF012", "Nesting too deep",
        PdfSeverity.Warning, "Arrays, dictionaries or forms nest deeper than MaxNestingDepth; the deeper part was skipped.");
    public static readonly PdfRule UnmappedGlyph = new("PDF013", "Glyph without Unicode",
        PdfSeverity.Warning, "A font has glyphs with no Unicode mapping (no ToUnicode, unknown glyph names); they were left out of the text.");
    public static readonly PdfRule MissingFont = new("PDF014", "Font missing",
        PdfSeverity.Warning, "Text uses a font that is not in the page resources; only strings of printable ASCII were kept as text.");
    public static readonly PdfRule UnsupportedCMap = new("PDF015", "Unsupported CMap",
        PdfSeverity.Warning, "A composite font uses a predefined CMap the reader does not have; codes were read as two-byte CIDs.");
    public static readonly PdfRule ContentError = new("PDF016", "Content stream error",
        PdfSeverity.Info, "An operator had wrong operands or the content stream is damaged; the operator was skipped.");
    public static readonly PdfRule NoPages = new("PDF017", "No pages",
        PdfSeverity.Error, "No page could be found in the document.");
    public static readonly PdfRule Internal = new("PDF018", "Internal reader error",
        PdfSeverity.Error, "A bug in the reader stopped part of the document; please report it with the file.");
    public static readonly PdfRule SwappedToUnicode = new("PDF019", "ToUnicode entries with swapped bytes",
        PdfSeverity.Info, "A font's ToUnicode wrote ligatures with their UTF-16 bytes out of order (a defect of some PDF writers, e.g. Ghostscript 10.0); they were read as the letters they stand for. Nothing to do.");

    public static ImmutableArray<PdfRule> All { get; } =
    [
        NotPdf, XrefRebuilt, Truncated, MissingObject, ReferenceCycle, StreamTooLarge, CorruptStream, UnsupportedFilter,
        WrongPassword, UnsupportedEncryption, TooManyObjects, TooDeep, UnmappedGlyph, MissingFont, UnsupportedCMap,
        ContentError, NoPages, Internal, SwappedToUnicode,
    ];
}
