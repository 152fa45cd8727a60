namespace Ingest.Pdf.Filters;

/// <summary>Undoes PNG (10-15) and TIFF (2) predictors (ISO 32000-1, 7.4.4.4).</summary>
internal static class Predictor
{
    public static byte[] Apply(byte[] data, int predictor, int colors, int bitsPerComponent, int columns)
    {
        if (predictor < 2)
        {
            return data;
        }
        colors = Math.Clamp(colors, 1, 32);
        bitsPerComponent = Math.Clamp(bitsPerComponent, 1, 16);
        columns = Math.Clamp(columns, 1, 1 << 20);
        var bytesPerPixel = Math.Max(1, ((colors * bitsPerComponent) + 7) / 8);
        var rowLength = ((colors * bitsPerComponent * columns) + 7) / 8;
        return predictor == 2 ? Tiff(data, bytesPerPixel, rowLength, bitsPerComponent) : Png(data, bytesPerPixel, rowLength);
    }

    private static byte[] Png(byte[] data, int bpp, int rowLength)
    {
        var rows = data.Length / (rowLength + 1);
        var result = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * (rowLength + 1)];
            var source = data.AsSpan((r * (rowLength + 1)) + 1, rowLength);
            var row = result.AsSpan(r * rowLength, rowLength);
            for (var i = 0; i < rowLength; i++)
            {
                var left = i >= bpp ? row[i - bpp] : 0;
                var up = previous[i];
                var upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] = type switch
                {
                    1 => (byte)(source[i] + left),
                    2 => (byte)(source[i] + up),
                    3 => (byte)(source[i] + ((left + up) / 2)),
                    4 => (byte)(source[i] + Paeth(left, up, upLeft)),
                    _ => source[i],
                };
            }
            row.CopyTo(previous);
        }
        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Tiff(byte[] data, int bpp, int rowLength, int bitsPerComponent)
    {
        if (bitsPerComponent != 8)
        {
            return data;
        }
        var result = (byte[])data.Clone();
        for (var start = 0; start + rowLength <= result.Length; start += rowLength)
        {
            for (var i = bpp; i < rowLength; i++)
            {
                result[start + i] = (byte)(result[start + i] + result[start + i - bpp]);
            }
        }
        return result;
    }
}
