namespace Ingest.Core.Stages.Language;

/// <summary>Open-addressing hash table from a packed n-gram to its postings (language, weight).</summary>
/// <remarks>
/// An n-gram of up to four UTF-16 code units is packed into a <see cref="ulong"/>, 16 bits per unit, the last
/// unit lowest; no unit is zero, so grams of different lengths never share a key and no collision is possible.
/// </remarks>
internal sealed class NgramTable
{
    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly byte[] _counts;
    private readonly int _shift;

    public NgramTable(IReadOnlyList<(ulong Key, int Start, byte Count)> entries, byte[] languages, byte[] weights)
    {
        var capacity = 16;
        while (capacity < entries.Count * 2)
        {
            capacity <<= 1;
        }
        _keys = new ulong[capacity];
        _starts = new int[capacity];
        _counts = new byte[capacity];
        _shift = 64 - int.Log2(capacity);
        foreach (var (key, start, count) in entries)
        {
            var slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }
            _keys[slot] = key;
            _starts[slot] = start;
            _counts[slot] = count;
        }
        Languages = languages;
        Weights = weights;
    }

    /// <summary>Language index of each posting.</summary>
    public byte[] Languages { get; }

    /// <summary>Weight of each posting: log-probability above the language's floor, in 1/32 nat.</summary>
    public byte[] Weights { get; }

    public int Count => _keys.Count(k => k != 0);

    /// <summary>Finds the postings of <paramref name="key"/>; false when no language knows the n-gram.</summary>
    public bool TryGet(ulong key, out int start, out int count)
    {
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                start = _starts[slot];
                count = _counts[slot];
                return true;
            }
            if (found == 0)
            {
                start = 0;
                count = 0;
                return false;
            }
        }
    }

    /// <summary>Packs up to four code units, the first highest.</summary>
    public static ulong Pack(ReadOnlySpan<char> gram)
    {
        ulong key = 0;
        foreach (var c in gram)
        {
            key = (key << 16) | c;
        }
        return key;
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
