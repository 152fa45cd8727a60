using System.IO.Compression;

namespace Ingest.Pdf.Filters;

/// <summary>FlateDecode (zlib, RFC 1950/1951) through System.IO.Compression, bounded.</summary>
internal static class FlateFilter
{
    public static FilterResult Decode(ReadOnlyMemory<byte> input, long limit)
    {
        var span = input.Span;
        var hasZlibHeader = span.Length >= 2 && (span[0] & 0x0F) == 8 && ((span[0] << 8) | span[1]) % 31 == 0;
        var body = hasZlibHeader ? input[2..] : input;
        var output = new BoundedOutput(limit, Math.Max(1024, input.Length * 4));
        var damaged = false;
        using var source = new ReadOnlyMemoryStream(body);
        using var inflater = new DeflateStream(source, CompressionMode.Decompress);
        try
        {
            while (true)
            {
                var target = output.WritableSpan((int)Math.Min(16384, Math.Max(1, limit - output.Length)));
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
            damaged = true;
        }
        return new FilterResult(output.ToArray(), damaged);
    }
}
