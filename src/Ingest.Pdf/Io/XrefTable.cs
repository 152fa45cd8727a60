using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Io;

/// <summary>The merged cross-reference data of all revisions; the newest revision is read first and wins.</summary>
internal sealed class XrefTable
{
    public Dictionary<int, XrefEntry> Entries { get; } = [];

    public PdfDictionary Trailer { get; } = PdfDictionary.Empty;

    public int Revisions { get; set; }

    public void AddIfAbsent(int number, XrefEntry entry) => Entries.TryAdd(number, entry);

    /// <summary>Adds trailer keys not set by a newer revision.</summary>
    public void MergeTrailer(PdfDictionary trailer)
    {
        foreach (var (key, value) in trailer.Entries)
        {
            Trailer.Entries.TryAdd(key, value);
        }
    }
}
