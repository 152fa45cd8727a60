using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ingest.Core.Stages.Language;

/// <summary>Adds rows of byte weights (one byte per column, rows padded to whole vectors) to 32-bit column totals.</summary>
internal static class RowSums
{
    /// <summary>Rows per call at most: 256 rows of at most 255 fit a 16-bit lane.</summary>
    public const int MaxRows = 256;

    /// <summary>Adds the rows at <paramref name="offsets"/> of <paramref name="rows"/> to <paramref name="totals"/>.</summary>
    /// <remarks>Rows of one or two vectors (every script table on 256-bit hardware: Latin has 58 columns) are summed with
    /// the lanes in registers; wider rows through a lane buffer.</remarks>
    public static void Add(byte[] rows, int stride, ReadOnlySpan<int> offsets, Span<int> totals)
    {
        if (offsets.Length > MaxRows)
        {
            throw new ArgumentOutOfRangeException(nameof(offsets), "At most 256 rows per call: 16-bit lanes would overflow.");
        }
        if (offsets.IsEmpty)
        {
            return;
        }
        ref var start = ref MemoryMarshal.GetArrayDataReference(rows);
        var width = Vector<byte>.Count;
        if (stride == width)
        {
            Vector<ushort> a0 = default, a1 = default;
            foreach (var offset in offsets)
            {
                Vector.Widen(Vector.LoadUnsafe(ref start, (nuint)offset), out var low, out var high);
                a0 += low;
                a1 += high;
            }
            Store(totals, 0, a0, a1);
        }
        else if (stride == 2 * width)
        {
            Vector<ushort> a0 = default, a1 = default, a2 = default, a3 = default;
            foreach (var offset in offsets)
            {
                Vector.Widen(Vector.LoadUnsafe(ref start, (nuint)offset), out var low, out var high);
                Vector.Widen(Vector.LoadUnsafe(ref start, (nuint)(offset + width)), out var low2, out var high2);
                a0 += low;
                a1 += high;
                a2 += low2;
                a3 += high2;
            }
            Store(totals, 0, a0, a1);
            Store(totals, width, a2, a3);
        }
        else
        {
            AddWide(rows, stride, offsets, totals);
        }
    }

    private static void AddWide(byte[] rows, int stride, ReadOnlySpan<int> offsets, Span<int> totals)
    {
        Span<ushort> lanes = stackalloc ushort[stride];
        var laneVectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(lanes);
        foreach (var offset in offsets)
        {
            var rowVectors = MemoryMarshal.Cast<byte, Vector<byte>>(rows.AsSpan(offset, stride));
            for (var v = 0; v < rowVectors.Length; v++)
            {
                Vector.Widen(rowVectors[v], out var low, out var high);
                laneVectors[2 * v] += low;
                laneVectors[2 * v + 1] += high;
            }
        }
        for (var i = 0; i < lanes.Length; i++)
        {
            totals[i] += lanes[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Span<int> totals, int column, Vector<ushort> low, Vector<ushort> high)
    {
        var half = Vector<ushort>.Count;
        for (var i = 0; i < half; i++)
        {
            totals[column + i] += low[i];
            totals[column + half + i] += high[i];
        }
    }
}
