namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>Counts of pairs of ASCII letters and boundaries in raw bytes; any non-ASCII byte counts as a boundary.</summary>
/// <remarks>Bytes inside HTML/XML tags are skipped. All single-byte candidates decode ASCII alike, so these counts are computed once per sample and say which language it is.</remarks>
public sealed class AsciiHistogram
{
    public const int Size = 27 * 27;

    private AsciiHistogram(List<(int, int)> counts, float[] cells) => (Counts, Cells) = (counts, cells);

    /// <summary>Every cell's count, dense (row * 27 + column).</summary>
    public ReadOnlySpan<float> Dense => Cells;

    private float[] Cells { get; }

    /// <summary>Non-zero cells as (row * 27 + column, count), 0 being the boundary and 1–26 the letters.</summary>
    public IReadOnlyList<(int Index, int Count)> Counts { get; }

    public static AsciiHistogram Of(ReadOnlySpan<byte> bytes)
    {
        var cells = new int[Size];
        var previous = 0;
        var inTag = false;
        foreach (var b in bytes)
        {
            // Markup is not language: tag names and attributes would make every page look English.
            if (inTag || b == '<')
            {
                inTag = b != '>';
                continue;
            }
            var symbol = (b | 0x20) is >= (byte)'a' and <= (byte)'z' && b < 0x80 ? (b | 0x20) - 'a' + 1 : 0;
            if (symbol == 0 && previous == 0)
            {
                continue;
            }
            cells[previous * 27 + symbol]++;
            previous = symbol;
        }
        var counts = new List<(int, int)>();
        var dense = new float[Size];
        for (var i = 0; i < Size; i++)
        {
            if (cells[i] > 0)
            {
                counts.Add((i, cells[i]));
                dense[i] = cells[i];
            }
        }
        return new AsciiHistogram(counts, dense);
    }
}
