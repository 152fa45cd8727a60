using Ingest.Pdf.Filters;
using Ingest.Pdf.Lexing;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Io;

/// <summary>Stream decoding (decryption, filters, limits) and object streams (ISO 32000-1, 7.5.7).</summary>
internal sealed partial class ObjectStore
{
    private readonly Dictionary<int, ObjectStreamIndex?> _objectStreams = [];

    /// <summary>The decoded bytes of a stream, or null for image data, unsupported filters or a blown limit.</summary>
    public byte[]? Decode(PdfStream stream)
    {
        try
        {
            var raw = stream.Raw;
            if (stream.IsEncrypted && _security is not null)
            {
                raw = _security.DecryptStream(raw, stream.Id, stream.Dictionary);
            }
            return FilterChain.Decode(stream.Dictionary, raw, Options.MaxDecodedStreamBytes, Resolve,
                (rule, message) => Diagnostics.Report(rule, $"stream {stream.Id.Number}: {message}", stream.Id.Number));
        }
        catch (StreamLimitException ex)
        {
            Diagnostics.Report(PdfRules.StreamTooLarge,
                $"stream {stream.Id.Number} decodes to more than {ex.Limit} bytes; it was skipped", stream.Id.Number);
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException or IOException)
        {
            Diagnostics.Report(PdfRules.CorruptStream, $"stream {stream.Id.Number} could not be decoded: {ex.Message}", stream.Id.Number);
            return null;
        }
    }

    private PdfObject? LoadFromObjectStream(int number, int streamNumber, int index)
    {
        var objectStream = ObjectStream(streamNumber);
        if (objectStream is null)
        {
            return null;
        }
        var position = objectStream.Find(number, index);
        if (position < 0)
        {
            return null;
        }
        var lexer = new PdfLexer(objectStream.Data) { Position = position };
        var value = new ObjectParser(lexer, Options.MaxNestingDepth).Parse();
        return value;
    }

    private ObjectStreamIndex? ObjectStream(int streamNumber)
    {
        if (_objectStreams.TryGetValue(streamNumber, out var known))
        {
            return known;
        }
        _objectStreams[streamNumber] = null;
        if (Get(streamNumber) is not PdfStream stream || Decode(stream) is not { } data)
        {
            return null;
        }
        var index = ObjectStreamIndex.Parse(data, (int)(Number(stream.Dictionary["N"]) ?? 0),
            (int)(Number(stream.Dictionary["First"]) ?? 0));
        _objectStreams[streamNumber] = index;
        return index;
    }
}
