using System.Runtime.CompilerServices;

namespace Ingest.Core.Stages.Language;

/// <summary>Open-addressing hash table from a packed n-gram to its row of weights, one byte per profile of one script.</summary>
/// <remarks>
/// An n-gram of up to four UTF-16 code units is packed into a <see cref="ulong"/>, 16 bits per unit, the last
/// unit lowest; no unit is zero, so grams of different lengths never share a key and no collision is possible.
/// Rows are dense (zero where a profile lacks the n-gram) and padded to whole SIMD vectors, because common n-grams
/// occur in most profiles and adding a row with vector instructions is several times faster than walking postings.
/// Key and row offset share one slot, so a lookup touches one cache line before the row itself.
/// </remarks>
internal sealed class NgramTable
{
    private readonly Slot[] _slots;
    private readonly int _shift;

    /// <param name="keys">Packed n-grams; the i-th owns row i of <paramref name="weights"/>.</param>
    /// <param name="count">How many of <paramref name="keys"/> are used.</param>
    /// <param name="weights">Rows of <paramref name="stride"/> bytes.</param>
    /// <param name="stride">Bytes per row: the column count rounded up to whole vectors.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public NgramTable(ulong[] keys, int count, byte[] weights, int stride)
    {
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }
        _slots = new Slot[capacity];
        _shift = 64 - int.Log2(capacity);
        for (var row = 0; row < count; row++)
        {
            var key = keys[row];
            var slot = SlotOf(key);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }
            _slots[slot] = new Slot(key, row * stride);
        }
        Weights = weights;
        Stride = stride;
        Count = count;
    }

    /// <summary>Per n-gram and column: log-probability above the profile's floor, in 1/32 nat; rows of <see cref="Stride"/>.</summary>
    public byte[] Weights { get; }

    public int Stride { get; }

    /// <summary>Number of n-grams.</summary>
    public int Count { get; }

    /// <summary>Finds the row of <paramref name="key"/> (its offset in <see cref="Weights"/>); false when no column knows the n-gram.</summary>
    public bool TryGet(ulong key, out int row)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var slot = SlotOf(key); ; slot = (slot + 1) & mask)
        {
            ref readonly var found = ref slots[slot];
            if (found.Key == key)
            {
                row = found.Row;
                return true;
            }
            if (found.Key == 0)
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

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Slot(ulong Key, int Row);
}
