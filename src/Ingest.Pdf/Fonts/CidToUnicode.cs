using System.Collections.Frozen;
using System.Globalization;

namespace Ingest.Pdf.Fonts;

/// <summary>
/// CID to Unicode for the Adobe character collections (Japan1, GB1, CNS1, Korea1), inverted from the
/// Uni*-UTF16-H CMaps; used for CID fonts that have no ToUnicode CMap.
/// </summary>
internal sealed class CidToUnicode
{
    private static readonly Lazy<FrozenDictionary<string, CidToUnicode>> Collections = new(Load);
    private readonly int[] _starts;
    private readonly int[] _codePoints;
    private readonly int[] _counts;

    private CidToUnicode(List<(int Start, int CodePoint, int Count)> runs)
    {
        _starts = [.. runs.Select(r => r.Start)];
        _codePoints = [.. runs.Select(r => r.CodePoint)];
        _counts = [.. runs.Select(r => r.Count)];
    }

    /// <summary>The table of an Adobe collection ("Japan1", ...), or null for other orderings (Identity).</summary>
    public static CidToUnicode? ForOrdering(string? ordering) =>
        ordering is not null && Collections.Value.TryGetValue(ordering, out var table) ? table : null;

    public string? Map(int cid)
    {
        var index = Array.BinarySearch(_starts, cid);
        if (index < 0)
        {
            index = ~index - 1;
        }
        if (index < 0 || cid >= _starts[index] + _counts[index])
        {
            return null;
        }
        return char.ConvertFromUtf32(_codePoints[index] + (cid - _starts[index]));
    }

    private static FrozenDictionary<string, CidToUnicode> Load()
    {
        var result = new Dictionary<string, CidToUnicode>(StringComparer.Ordinal);
        string? ordering = null;
        var runs = new List<(int, int, int)>();
        int nextCid = 0, nextCodePoint = 0;
        foreach (var line in DataFile.Lines("cid2unicode.txt.gz").Append("%%ORDERING"))
        {
            if (line.StartsWith("%%ORDERING", StringComparison.Ordinal))
            {
                if (ordering is not null)
                {
                    result[ordering] = new CidToUnicode(runs);
                }
                ordering = line.Length > 11 ? line[11..] : null;
                runs = [];
                nextCid = nextCodePoint = 0;
                continue;
            }
            var parts = line.Split(' ');
            var start = nextCid + int.Parse(parts[0], CultureInfo.InvariantCulture);
            var codePoint = nextCodePoint + int.Parse(parts[1], CultureInfo.InvariantCulture);
            var count = int.Parse(parts[2], CultureInfo.InvariantCulture);
            runs.Add((start, codePoint, count));
            (nextCid, nextCodePoint) = (start + count, codePoint + count);
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
