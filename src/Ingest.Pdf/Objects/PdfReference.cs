namespace Ingest.Pdf.Objects;

/// <summary>An indirect reference "N G R".</summary>
internal sealed class PdfReference(ObjectId id) : PdfObject
{
    public ObjectId Id { get; } = id;
}
