namespace Ingest.Pdf.Objects;

/// <summary>The null object; also stands for anything missing or unreadable.</summary>
internal sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }
}
