using System.IO.Compression;

namespace Ingest.Pdf.Filters;

/// <summary>FlateDecode (zlib, RFC 1950/1951) through System.IO.Compression, bounded.</summary>
/// <remarks>
/// Damaged data is inflated up to the damage: the inflater loses what it produced in the read call that fails, so a
/// damaged stream is inflated again in small steps and the longer result is kept (a page whose compressed content
/// has one bad byte near its end keeps the text before it).
/// </remarks>
internal static class FlateFilter
{
    private const int Step = 16384;
    private const int SalvageStep = 64;

    /// <summary>Inflates up to <paramref name="limit"/> bytes (more is an error); stops quietly after <paramref name="stopAfter"/>.</summary>
    public static FilterResult Decode(ReadOnlyMemory<byte> input, long limit, long stopAfter = long.MaxValue)
    {
        var span = input.Span;
        var hasZlibHeader = span.Length >= 2 && (span[0] & 0x0F) == 8 && ((span[0] << 8) | span[1]) % 31 == 0;
        var body = hasZlibHeader ? input[2..] : input;
        var (output, damaged) = Inflate(body, limit, stopAfter, Step, Math.Clamp(input.Length * 4, 1024, 1 << 16));
        if (damaged)
        {
            var (salvaged, _) = Inflate(body, limit, stopAfter, SalvageStep, Math.Max(1024, output.Length));
            if (salvaged.Length > output.Length)
            {
                output = salvaged;
            }
        }
        return new FilterResult(output.ToArray(), damaged);
    }

    private static (BoundedOutput Output, bool Damaged) Inflate(ReadOnlyMemory<byte> body, long limit, long stopAfter, int step, int capacity)
    {
        var output = new BoundedOutput(limit, capacity);
        using var source = new ReadOnlyMemoryStream(body);
        using var inflater = new DeflateStream(source, CompressionMode.Decompress);
        try
        {
            while (output.Length < stopAfter)
            {
                var target = output.WritableSpan((int)Math.Min(step, Math.Max(1, limit - output.Length)));
                var read = inflater.Read(target);
                if (read == 0)
                {
                    break;
                }
                output.Advance(read);
            }
        }
        catch (InvalidDataException)
        {
            return (output, true);
        }
        return (output, false);
    }
}
