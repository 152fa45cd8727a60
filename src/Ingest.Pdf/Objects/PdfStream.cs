namespace Ingest.Pdf.Objects;

/// <summary>A stream object: its dictionary and the raw (still encoded, maybe encrypted) bytes.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> raw) : PdfObject
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public ReadOnlyMemory<byte> Raw { get; } = raw;

    /// <summary>The indirect object that holds this stream (its number keys the encryption).</summary>
    public ObjectId Id { get; set; }

    /// <summary>False for streams inside object streams or cross-reference streams, which are never encrypted.</summary>
    public bool IsEncrypted { get; set; }
}
