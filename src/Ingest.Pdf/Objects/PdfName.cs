namespace Ingest.Pdf.Objects;

/// <summary>A name object, decoded from #xx escapes.</summary>
internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}
