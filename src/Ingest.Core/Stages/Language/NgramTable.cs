using System.Runtime.CompilerServices;

namespace Ingest.Core.Stages.Language;

/// <summary>Open-addressing hash table from a packed n-gram to its row of weights, one byte per profile.</summary>
/// <remarks>
/// An n-gram of up to four UTF-16 code units is packed into a <see cref="ulong"/>, 16 bits per unit, the last
/// unit lowest; no unit is zero, so grams of different lengths never share a key and no collision is possible.
/// Rows are dense (zero where a profile lacks the n-gram) and padded to whole SIMD vectors, because common n-grams
/// occur in most profiles and adding a row with vector instructions is several times faster than walking postings.
/// </remarks>
internal sealed class NgramTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _shift;

    /// <param name="keys">Packed n-grams; the i-th owns row i of <paramref name="weights"/>.</param>
    /// <param name="weights">Rows of <paramref name="stride"/> bytes.</param>
    /// <param name="stride">Bytes per row: the profile count rounded up to whole vectors.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public NgramTable(ulong[] keys, byte[] weights, int stride)
    {
        var entries = keys;
        var capacity = 16;
        while (capacity < entries.Length * 2)
        {
            capacity <<= 1;
        }
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _shift = 64 - int.Log2(capacity);
        for (var row = 0; row < entries.Length; row++)
        {
            var key = entries[row];
            var slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }
            _keys[slot] = key;
            _rows[slot] = row * stride;
        }
        Weights = weights;
        Stride = stride;
    }

    /// <summary>Per n-gram and profile: log-probability above the profile's floor, in 1/32 nat; rows of <see cref="Stride"/>.</summary>
    public byte[] Weights { get; }

    public int Stride { get; }

    /// <summary>Finds the row of <paramref name="key"/> (its offset in <see cref="Weights"/>); false when no profile knows the n-gram.</summary>
    public bool TryGet(ulong key, out int row)
    {
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                row = _rows[slot];
                return true;
            }
            if (found == 0)
            {
                row = 0;
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
