using System.IO.Compression;
using System.Text;

namespace Ingest.Pdf.Tests.Support;

/// <summary>Writes small PDFs for tests: numbered objects, a correct xref table and trailer.</summary>
internal sealed class PdfBuilder
{
    private readonly List<byte[]> _objects = [];

    public int Add(string body) => Add(Encoding.Latin1.GetBytes(body));

    public int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    public int AddStream(string dictionaryEntries, byte[] data)
    {
        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n");
        return Add([.. head, .. data, .. "\nendstream"u8]);
    }

    public int AddFlateStream(string dictionaryEntries, byte[] data) =>
        AddStream("/Filter /FlateDecode " + dictionaryEntries, Deflate(data));

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>A one-page document showing <paramref name="content"/> with Helvetica as /F1.</summary>
    public static byte[] OnePage(string content, string font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    {
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        builder.AddStream("", Encoding.Latin1.GetBytes(content));
        builder.Add(font);
        return builder.Build("/Root 1 0 R");
    }

    public byte[] Build(string trailerEntries)
    {
        using var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n");
            output.Write(_objects[i]);
            Write("\nendobj\n");
        }
        var xref = output.Position;
        Write($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }
        Write($"trailer\n<< /Size {_objects.Count + 1} {trailerEntries} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
