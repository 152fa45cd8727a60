using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Filters;

/// <summary>Applies a stream's /Filter list with its /DecodeParms; image filters stop decoding on purpose.</summary>
internal static class FilterChain
{
    /// <summary>Decodes; returns null when a filter is an image codec or unsupported (reported when unsupported).</summary>
    public static byte[]? Decode(PdfDictionary dictionary, ReadOnlyMemory<byte> raw, long limit,
        Func<PdfObject?, PdfObject> resolve, Action<PdfRule, string> report)
    {
        var filters = resolve(dictionary["Filter"] ?? dictionary["F"]);
        var parameters = resolve(dictionary["DecodeParms"] ?? dictionary["DP"]);
        var names = filters switch
        {
            PdfName name => [name.Value],
            PdfArray array => array.Items.Select(item => (resolve(item) as PdfName)?.Value ?? "").ToList(),
            _ => new List<string>(),
        };
        if (names.Count == 0)
        {
            if (raw.Length > limit)
            {
                throw new StreamLimitException(limit);
            }
            return raw.ToArray();
        }
        var data = raw;
        byte[]? current = null;
        for (var i = 0; i < names.Count; i++)
        {
            var parms = parameters switch
            {
                PdfDictionary dict => dict,
                PdfArray array when i < array.Count => resolve(array[i]) as PdfDictionary,
                _ => null,
            };
            FilterResult result;
            switch (names[i])
            {
                case "FlateDecode" or "Fl":
                    result = FlateFilter.Decode(data, limit);
                    break;
                case "LZWDecode" or "LZW":
                    result = LzwFilter.Decode(data.Span, limit, IntParam(parms, "EarlyChange", 1, resolve) != 0);
                    break;
                case "ASCIIHexDecode" or "AHx":
                    result = AsciiFilters.DecodeHex(data.Span, limit);
                    break;
                case "ASCII85Decode" or "A85":
                    result = AsciiFilters.DecodeAscii85(data.Span, limit);
                    break;
                case "RunLengthDecode" or "RL":
                    result = AsciiFilters.DecodeRunLength(data.Span, limit);
                    break;
                case "Crypt":
                    continue;
                case "DCTDecode" or "DCT" or "JPXDecode" or "CCITTFaxDecode" or "CCF" or "JBIG2Decode":
                    return null;
                default:
                    report(PdfRules.UnsupportedFilter, $"filter /{names[i]} is not supported");
                    return null;
            }
            if (result.Damaged)
            {
                report(PdfRules.CorruptStream, $"{names[i]} data is damaged; decoded {result.Data.Length} bytes");
            }
            current = result.Data;
            if (names[i] is "FlateDecode" or "Fl" or "LZWDecode" or "LZW" && parms is not null)
            {
                current = Predictor.Apply(current, IntParam(parms, "Predictor", 1, resolve), IntParam(parms, "Colors", 1, resolve),
                    IntParam(parms, "BitsPerComponent", 8, resolve), IntParam(parms, "Columns", 1, resolve));
            }
            data = current;
        }
        return current ?? data.ToArray();
    }

    private static int IntParam(PdfDictionary? parms, string key, int fallback, Func<PdfObject?, PdfObject> resolve) =>
        parms is not null && resolve(parms[key]) is PdfNumber number ? number.IntValue : fallback;
}
