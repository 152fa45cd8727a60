namespace Ingest.Pdf.Layout;

/// <summary>
/// Counts characters per font (size to 0.1 pt, name, weight, style) and tells the one covering most of them. A line
/// or page has few fonts, so a short list with the last hit tried first beats hashing every glyph.
/// </summary>
internal sealed class DominantFont
{
    private readonly List<Entry> entries = [];
    private int last;

    public void Add(double size, string name, bool bold, bool italic, int characters)
    {
        var key = (int)Math.Round(size * 10);
        if (last < entries.Count && entries[last].Matches(key, name, bold, italic))
        {
            entries[last].Count += characters;
            return;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Matches(key, name, bold, italic))
            {
                entries[i].Count += characters;
                last = i;
                return;
            }
        }
        entries.Add(new Entry(key, name, bold, italic) { Count = characters });
        last = entries.Count - 1;
    }

    public (double Size, string Name, bool Bold, bool Italic) Result()
    {
        Entry? best = null;
        foreach (var entry in entries)
        {
            // Ties go to the smaller size, then the ordinal first name: results never depend on glyph order.
            if (best is null || entry.Count > best.Count || (entry.Count == best.Count
                && (entry.Size < best.Size || (entry.Size == best.Size && string.CompareOrdinal(entry.Name, best.Name) < 0))))
            {
                best = entry;
            }
        }
        return best is null ? (0, "", false, false) : (best.Size / 10.0, best.Name, best.Bold, best.Italic);
    }

    private sealed class Entry(int size, string name, bool bold, bool italic)
    {
        public int Size { get; } = size;

        public string Name { get; } = name;

        public bool Bold { get; } = bold;

        public bool Italic { get; } = italic;

        public int Count { get; set; }

        public bool Matches(int size, string name, bool bold, bool italic) =>
            Size == size && Bold == bold && Italic == italic && (ReferenceEquals(Name, name) || Name == name);
    }
}
