using System.Collections.Immutable;
using Ingest.Pdf.Fonts;
using Ingest.Pdf.Io;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Content;

/// <summary>Reads one page: geometry, content streams, glyphs.</summary>
internal sealed class PageReader(ObjectStore store, FontLoader fonts, Dictionary<string, int> unmappedByFont)
{
    public PdfPage Read(PageNode node, int number)
    {
        var geometry = Geometry(node.Inherited);
        var collector = new GlyphCollector(unmappedByFont);
        var content = Content(node.Dictionary["Contents"]);
        if (content.Length > 0)
        {
            new ContentInterpreter(store, fonts, geometry, collector).Run(content, node.Inherited.Resources);
        }
        return new PdfPage(number, geometry.Width, geometry.Height, geometry.Rotation, [.. collector.Glyphs]);
    }

    private PageGeometry Geometry(Inherited inherited)
    {
        var box = Box(inherited.CropBox) ?? Box(inherited.MediaBox) ?? (0, 0, 612, 792);
        var rotation = ((inherited.Rotate % 360) + 360) % 360;
        rotation = rotation is 90 or 180 or 270 ? rotation : 0;
        return new PageGeometry(box.Left, box.Bottom, box.Right, box.Top, rotation);
    }

    private (double Left, double Bottom, double Right, double Top)? Box(PdfArray? array)
    {
        if (array is not { Count: 4 })
        {
            return null;
        }
        var v = array.Items.Select(i => store.Number(i) ?? 0).ToArray();
        var box = (Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Max(v[0], v[2]), Math.Max(v[1], v[3]));
        return box.Item3 - box.Item1 < 1 || box.Item4 - box.Item2 < 1 ? null : box;
    }

    private ReadOnlyMemory<byte> Content(PdfObject? contents)
    {
        var resolved = store.Resolve(contents);
        if (resolved is PdfStream single)
        {
            return store.Decode(single) ?? ReadOnlyMemory<byte>.Empty;
        }
        if (resolved is not PdfArray parts)
        {
            return ReadOnlyMemory<byte>.Empty;
        }
        // Parts are concatenated with white-space between them: an operator may not span parts (7.8.2).
        var joined = new List<byte>();
        foreach (var part in parts.Items)
        {
            if (store.Resolve(part) is PdfStream stream && store.Decode(stream) is { } data)
            {
                joined.AddRange(data);
                joined.Add((byte)'\n');
            }
        }
        return joined.ToArray();
    }
}
