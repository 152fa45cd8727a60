namespace Ingest.Pdf.Layout;

/// <summary>Counts characters per font (size, name, weight, style) and tells the one covering most of them.</summary>
internal sealed class DominantFont
{
    private readonly Dictionary<(double Size, string Name, bool Bold, bool Italic), int> counts = [];

    public void Add(double size, string name, bool bold, bool italic, int characters)
    {
        var key = (Math.Round(size, 1), name, bold, italic);
        counts[key] = counts.GetValueOrDefault(key) + characters;
    }

    public (double Size, string Name, bool Bold, bool Italic) Result()
    {
        var best = (Size: 0.0, Name: "", Bold: false, Italic: false);
        var bestCount = -1;
        foreach (var (key, count) in counts)
        {
            if (count > bestCount || (count == bestCount && Compare(key, best) < 0))
            {
                best = key;
                bestCount = count;
            }
        }
        return best;
    }

    /// <summary>A fixed order among ties, so that results never depend on dictionary order.</summary>
    private static int Compare((double Size, string Name, bool Bold, bool Italic) a, (double Size, string Name, bool Bold, bool Italic) b)
    {
        var bySize = a.Size.CompareTo(b.Size);
        return bySize != 0 ? bySize : string.CompareOrdinal(a.Name, b.Name);
    }
}
