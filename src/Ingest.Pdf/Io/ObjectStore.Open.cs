using Ingest.Pdf.Encryption;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Io;

/// <summary>Opening: header, cross-reference data (or its reconstruction) and the security handler.</summary>
internal sealed partial class ObjectStore
{
    /// <summary>Prepares the store; returns false when the document cannot be decrypted.</summary>
    public bool Open()
    {
        var head = _data.Span[..Math.Min(1024, _data.Length)];
        if (head.IndexOf("%PDF-"u8) < 0)
        {
            Diagnostics.Report(PdfRules.NotPdf, "the file has no %PDF- header", offset: 0);
        }
        var table = new XrefReader(_data, Options).Read();
        if (table is null || !RootLooksRight(table))
        {
            Diagnostics.Report(PdfRules.XrefRebuilt, "the cross-reference data is missing or broken; objects were located by scanning");
            UseRebuiltTable();
        }
        else
        {
            _xref = table;
        }
        if (_data.Span[Math.Max(0, _data.Length - 1024)..].IndexOf("%%EOF"u8) < 0)
        {
            Diagnostics.Report(PdfRules.Truncated, "the file does not end with %%EOF; it may be truncated", offset: _data.Length);
        }
        return OpenSecurity();
    }

    private bool RootLooksRight(XrefTable table)
    {
        if (table.Trailer["Root"] is not PdfReference root || !table.Entries.TryGetValue(root.Id.Number, out var entry))
        {
            return false;
        }
        if (entry.Kind == XrefEntryKind.InObjectStream)
        {
            return true;
        }
        return entry.Kind == XrefEntryKind.InFile && ReadAt(entry.Offset) is { } read && read.Id.Number == root.Id.Number;
    }

    private void UseRebuiltTable()
    {
        _rebuilt = new XrefRebuilder(_data, Options).Rebuild();
        _xref = _rebuilt;
        _cache.Clear();
        var span = _data.Span;
        // Objects inside object streams are invisible to the scan; index every object stream found.
        foreach (var (number, entry) in _xref.Entries.ToList())
        {
            var window = span.Slice((int)entry.Offset, (int)Math.Min(400, _data.Length - entry.Offset));
            if (window.IndexOf("/ObjStm"u8) >= 0 && ObjectStream(number) is { } index)
            {
                for (var i = 0; i < index.Numbers.Count; i++)
                {
                    _xref.AddIfAbsent(index.Numbers[i], XrefEntry.InStream(number, i));
                }
            }
        }
        if (!_xref.Trailer.Contains("Root"))
        {
            FindRootByScanning();
        }
    }

    private void FindRootByScanning()
    {
        var numbers = _xref.Entries.Keys.Order().ToList();
        foreach (var number in numbers)
        {
            var value = Get(number);
            if (value is PdfStream { Dictionary: var streamDictionary } && streamDictionary.NameOf("Type") == "XRef"
                && streamDictionary.Contains("Root"))
            {
                _xref.MergeTrailer(streamDictionary);
            }
            else if (value is PdfDictionary dictionary && dictionary.NameOf("Type") == "Catalog"
                && !_xref.Trailer.Contains("Root"))
            {
                _xref.Trailer.Entries["Root"] = new PdfReference(new ObjectId(number, 0));
            }
        }
    }

    private bool OpenSecurity()
    {
        var encrypt = Trailer["Encrypt"];
        if (encrypt is null or PdfNull)
        {
            return true;
        }
        if (encrypt is PdfReference reference)
        {
            _encryptObjectNumber = reference.Id.Number;
        }
        var dictionary = Dictionary(encrypt);
        if (dictionary is null)
        {
            Diagnostics.Report(PdfRules.UnsupportedEncryption, "the /Encrypt dictionary is missing");
            return false;
        }
        var id = Array(Trailer["ID"]) is { Count: > 0 } ids && Resolve(ids[0]) is PdfString first ? first.Bytes : [];
        var handler = SecurityHandler.Create(dictionary, id, Options.Password, Resolve, Diagnostics);
        if (handler is null)
        {
            return false;
        }
        _security = handler;
        // Objects loaded before the handler existed (the Encrypt dictionary, the catalog) must be reloaded.
        _cache.Clear();
        return true;
    }
}
