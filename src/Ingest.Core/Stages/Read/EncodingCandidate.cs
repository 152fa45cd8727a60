using System.Collections.Immutable;
using System.Text;

namespace Ingest.Core.Stages.Read;

/// <summary>A legacy encoding the statistical detector may choose, with a strict-but-counting decoder.</summary>
public sealed class EncodingCandidate
{
    private readonly char[]? _table;
    private readonly Encoding _encoding;

    private EncodingCandidate(string name, Encoding encoding, bool singleByte)
    {
        Name = name;
        _encoding = encoding;
        if (singleByte)
        {
            var all = new byte[256];
            for (var i = 0; i < 256; i++)
            {
                all[i] = (byte)i;
            }
            _table = encoding.GetChars(all);
        }
    }

    /// <summary>WHATWG name.</summary>
    public string Name { get; }

    /// <summary>The candidates, in the order that breaks ties (the commoner encoding first).</summary>
    public static ImmutableArray<EncodingCandidate> All { get; } =
    [
        .. new[]
        {
            "windows-1252", "windows-1250", "windows-1251", "windows-1253", "windows-1254", "windows-1255",
            "windows-1256", "windows-1257", "windows-1258", "iso-8859-2", "iso-8859-15", "iso-8859-5", "iso-8859-7",
            "iso-8859-13", "iso-8859-4", "koi8-r", "koi8-u", "ibm866", "macintosh",
        }.Select(n => new EncodingCandidate(n, LegacyEncodings.Get(n, strict: true), singleByte: true)),
        .. new[] { "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr", "iso-2022-jp" }
            .Select(n => new EncodingCandidate(n, LegacyEncodings.Get(n, strict: true), singleByte: false)),
    ];

    /// <summary>Decodes <paramref name="bytes"/>, ignoring an incomplete sequence at the end (a sample may be cut).</summary>
    /// <returns>The text and how many invalid byte sequences became U+FFFD.</returns>
    public (string Text, int Invalid) Decode(ReadOnlySpan<byte> bytes)
    {
        if (_table is { } table)
        {
            return (string.Create(bytes.Length, (table, bytes.ToArray()), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = state.table[state.Item2[i]];
                }
            }), 0);
        }
        var decoder = _encoding.GetDecoder();
        var chars = new char[_encoding.GetMaxCharCount(bytes.Length) + 4];
        var count = decoder.GetChars(bytes, chars, flush: false);
        var invalid = chars.AsSpan(0, count).Count('\uFFFD');
        return (new string(chars, 0, count), invalid);
    }
}
