namespace Ingest.Pdf.Objects;

/// <summary>A dictionary object; keys are names without the slash.</summary>
internal sealed class PdfDictionary(Dictionary<string, PdfObject> entries) : PdfObject
{
    public static PdfDictionary Empty => new([]);

    public Dictionary<string, PdfObject> Entries { get; } = entries;

    public PdfObject? this[string key] => Entries.GetValueOrDefault(key);

    public bool Contains(string key) => Entries.ContainsKey(key);

    /// <summary>The value of a name entry (direct names only), or null.</summary>
    public string? NameOf(string key) => Entries.GetValueOrDefault(key) is PdfName name ? name.Value : null;
}
