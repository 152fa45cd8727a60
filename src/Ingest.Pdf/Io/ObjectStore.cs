using Ingest.Pdf.Encryption;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Io;

/// <summary>Loads indirect objects lazily, with a cache, a cycle guard and recovery from wrong xref offsets.</summary>
internal sealed partial class ObjectStore
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly Dictionary<int, PdfObject> _cache = [];
    private readonly HashSet<int> _loading = [];
    private XrefTable _xref = new();
    private XrefTable? _rebuilt;
    private SecurityHandler? _security;
    private int _encryptObjectNumber = -1;

    public ObjectStore(ReadOnlyMemory<byte> data, PdfReadOptions options, DiagnosticBag diagnostics)
    {
        _data = data;
        Options = options;
        Diagnostics = diagnostics;
    }

    public PdfReadOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    public PdfDictionary Trailer => _xref.Trailer;

    public bool IsEncrypted => _security is not null;

    /// <summary>Follows references until a direct object; anything missing is <see cref="PdfNull"/>.</summary>
    public PdfObject Resolve(PdfObject? value)
    {
        for (var hops = 0; value is PdfReference reference; hops++)
        {
            if (hops > 32)
            {
                Diagnostics.Report(PdfRules.ReferenceCycle, "a chain of references does not end", reference.Id.Number);
                return PdfNull.Instance;
            }
            value = Get(reference.Id.Number);
        }
        return value ?? PdfNull.Instance;
    }

    public PdfDictionary? Dictionary(PdfObject? value) => Resolve(value) switch
    {
        PdfDictionary dictionary => dictionary,
        PdfStream stream => stream.Dictionary,
        _ => null,
    };

    public PdfArray? Array(PdfObject? value) => Resolve(value) as PdfArray;

    public double? Number(PdfObject? value) => Resolve(value) is PdfNumber number ? number.Value : null;

    public string? Name(PdfObject? value) => Resolve(value) is PdfName name ? name.Value : null;

    public PdfObject Get(int number)
    {
        if (_cache.TryGetValue(number, out var cached))
        {
            return cached;
        }
        if (!_loading.Add(number))
        {
            Diagnostics.Report(PdfRules.ReferenceCycle, $"object {number} refers to itself while loading", number);
            return PdfNull.Instance;
        }
        try
        {
            var value = Load(number);
            _cache[number] = value;
            return value;
        }
        catch (Exception ex) when (ex is PdfFormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            Diagnostics.Report(PdfRules.MissingObject, $"object {number} could not be read: {ex.Message}", number);
            _cache[number] = PdfNull.Instance;
            return PdfNull.Instance;
        }
        finally
        {
            _loading.Remove(number);
        }
    }

    private PdfObject Load(int number)
    {
        if (!_xref.Entries.TryGetValue(number, out var entry) || entry.Kind == XrefEntryKind.Free)
        {
            return LoadFromRebuilt(number, entry.Kind == XrefEntryKind.Free);
        }
        if (entry.Kind == XrefEntryKind.InObjectStream)
        {
            return LoadFromObjectStream(number, entry.StreamNumber, entry.Index) ?? LoadFromRebuilt(number, false);
        }
        var read = ReadAt(entry.Offset);
        if (read is null || read.Value.Id.Number != number)
        {
            return LoadFromRebuilt(number, false);
        }
        return Finish(read.Value.Id, read.Value.Value);
    }

    private (ObjectId Id, PdfObject Value)? ReadAt(long offset) =>
        IndirectObjectReader.Read(_data, offset, Options.MaxNestingDepth, length => Number(length) is { } n ? (long)n : null);

    private PdfObject LoadFromRebuilt(int number, bool free)
    {
        if (_rebuilt is null)
        {
            if (free || _xref.Entries.Count == 0 && number <= 0)
            {
                return PdfNull.Instance;
            }
            Diagnostics.Report(PdfRules.XrefRebuilt, $"object {number} is not where the xref says; objects were located by scanning", number);
            _rebuilt = new XrefRebuilder(_data, Options).Rebuild();
        }
        if (!_rebuilt.Entries.TryGetValue(number, out var entry) || ReadAt(entry.Offset) is not { } read || read.Id.Number != number)
        {
            if (!free)
            {
                Diagnostics.Report(PdfRules.MissingObject, $"object {number} is referenced but not present", number);
            }
            return PdfNull.Instance;
        }
        return Finish(read.Id, read.Value);
    }

    private PdfObject Finish(ObjectId id, PdfObject value)
    {
        if (value is PdfStream stream)
        {
            stream.Id = id;
            stream.IsEncrypted = _security is not null && stream.Dictionary.NameOf("Type") != "XRef";
        }
        if (_security is not null && id.Number != _encryptObjectNumber)
        {
            _security.DecryptStrings(value, id);
        }
        return value;
    }
}
