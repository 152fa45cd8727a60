using Ingest.Pdf.Io;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Fonts;

/// <summary>Builds <see cref="PdfFont"/>s from font dictionaries (ISO 32000-1, 9.6 and 9.7), cached per object.</summary>
internal sealed partial class FontLoader(ObjectStore store)
{
    private readonly Dictionary<int, PdfFont> _byObject = [];

    /// <summary>A stand-in for a font missing from the resources: printable ASCII only, half-em widths.</summary>
    public PdfFont Missing { get; } = Fallback();

    public PdfFont Load(PdfObject fontReference)
    {
        var number = fontReference is PdfReference reference ? reference.Id.Number : -1;
        if (number >= 0 && _byObject.TryGetValue(number, out var known))
        {
            return known;
        }
        var dictionary = store.Dictionary(fontReference) ?? PdfDictionary.Empty;
        var font = store.Name(dictionary["Subtype"]) == "Type0" ? LoadComposite(dictionary) : LoadSimple(dictionary);
        if (number >= 0)
        {
            _byObject[number] = font;
        }
        return font;
    }

    private static SimpleFont Fallback()
    {
        var unicode = new string?[256];
        var widths = new double[256];
        for (var i = 0; i < 256; i++)
        {
            unicode[i] = i is >= 0x20 and < 0x7F ? ((char)i).ToString() : null;
            widths[i] = 0.5;
        }
        return new SimpleFont(new FontStyle("(missing)", false, false), unicode, widths, 1);
    }

    private FontStyle Style(PdfDictionary font, PdfDictionary? descriptor)
    {
        var baseFont = store.Name(font["BaseFont"]) ?? store.Name(descriptor?["FontName"]) ?? "(unnamed)";
        return FontStyle.From(baseFont, (int)(store.Number(descriptor?["Flags"]) ?? 0),
            store.Number(descriptor?["FontWeight"]) ?? 0, store.Number(descriptor?["ItalicAngle"]) ?? 0);
    }

    private CMap? ToUnicode(PdfDictionary font)
    {
        if (store.Resolve(font["ToUnicode"]) is not PdfStream stream || store.Decode(stream) is not { } data)
        {
            return null;
        }
        var cmap = CMapParser.Parse(data);
        if (SwappedLigatures.Mend(cmap) is var mended and > 0)
        {
            var name = store.Name(font["BaseFont"]) ?? "(unnamed)";
            store.Diagnostics.Report(PdfRules.SwappedToUnicode, $"font {name}: {mended} ToUnicode entries had their bytes out of order and were read as the letters they stand for");
        }
        return cmap;
    }

    private PdfFont LoadComposite(PdfDictionary font)
    {
        var descendant = store.Array(font["DescendantFonts"]) is { Count: > 0 } array ? store.Dictionary(array[0]) : null;
        var descriptor = store.Dictionary(descendant?["FontDescriptor"]);
        var style = Style(font, descriptor);
        var (encoding, utf16) = CidEncoding(store.Resolve(font["Encoding"]));
        var widths = CidWidths.Parse(store.Array(descendant?["W"]), store.Number(descendant?["DW"]) ?? 1000, store.Resolve);
        var systemInfo = store.Dictionary(descendant?["CIDSystemInfo"]);
        var collection = store.Resolve(systemInfo?["Registry"]) is PdfString { Bytes: var registry }
            && System.Text.Encoding.ASCII.GetString(registry) == "Adobe" && store.Resolve(systemInfo?["Ordering"]) is PdfString ordering
            ? CidToUnicode.ForOrdering(System.Text.Encoding.ASCII.GetString(ordering.Bytes))
            : null;
        return new CompositeFont(style, encoding, utf16, ToUnicode(font), collection, widths, encoding.IsVertical);
    }

    private (CMap Encoding, bool CodesAreUtf16) CidEncoding(PdfObject encoding)
    {
        if (encoding is PdfStream stream && store.Decode(stream) is { } data)
        {
            var embedded = CMapParser.Parse(data);
            if (embedded.UseCMap is { } parent && embedded.Codespaces.Count == 0)
            {
                var (baseMap, utf16) = Predefined(parent);
                embedded.Codespaces.AddRange(baseMap.Codespaces);
                embedded.CidRanges.AddRange(baseMap.CidRanges);
                foreach (var (key, cid) in baseMap.CidSingles)
                {
                    embedded.CidSingles.TryAdd(key, cid);
                }
                return (embedded, utf16);
            }
            return (embedded, false);
        }
        return Predefined(encoding is PdfName name ? name.Value : "Identity-H");
    }

    private (CMap, bool) Predefined(string name)
    {
        var cmap = new CMap { IsVertical = name.EndsWith("-V", StringComparison.Ordinal) };
        if (name.StartsWith("Uni", StringComparison.Ordinal) && (name.Contains("UCS2", StringComparison.Ordinal)
            || name.Contains("UTF16", StringComparison.Ordinal)))
        {
            // The codes of these CMaps are UTF-16BE, so they are their own Unicode mapping.
            cmap.Codespaces.Add(new CodespaceRange(0x0000, 0xD7FF, 2));
            cmap.Codespaces.Add(new CodespaceRange(0xE000, 0xFFFF, 2));
            cmap.Codespaces.Add(new CodespaceRange(0xD800DC00, 0xDBFFDFFF, 4));
            return (cmap, true);
        }
        if (PredefinedCMaps.Find(name) is { } predefined)
        {
            return (predefined, false);
        }
        if (name is not ("Identity-H" or "Identity-V"))
        {
            store.Diagnostics.Report(PdfRules.UnsupportedCMap, $"predefined CMap {name} is not supported; read as Identity");
        }
        cmap.Codespaces.Add(new CodespaceRange(0x0000, 0xFFFF, 2));
        return (cmap, false);
    }
}
