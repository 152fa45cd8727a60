using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Ingest.Core.Stages.Read.Statistics;

namespace Ingest.Core.Stages.Read;

/// <summary>A legacy encoding the statistical detector may choose, with a strict-but-counting decoder.</summary>
public sealed class EncodingCandidate
{
    private readonly char[]? _table;
    private readonly double[] _highPenalty = new double[128];
    private readonly Encoding _encoding;
    private readonly SearchValues<byte>? _pairOnly;
    private readonly SearchValues<byte>? _continues;

    private EncodingCandidate(string name, Encoding encoding, bool singleByte)
    {
        Name = name;
        _encoding = encoding;
        var ascii = new byte[128];
        for (var i = 0; i < 128; i++)
        {
            ascii[i] = (byte)i;
        }
        IsAsciiCompatible = encoding.GetString(ascii).AsSpan().SequenceEqual(Encoding.ASCII.GetString(ascii));
        // Bytes that are only ever the first or second byte of a two-byte character (in .NET's tables: its EUC-KR decodes
        // 0xAD–0xAF and 0xFE alone); ASCII bytes that can be a second byte.
        (_pairOnly, _continues) = name switch
        {
            "shift_jis" => (Bytes(0x81, 0x9F, 0xE0, 0xFC), Bytes(0x40, 0x7E)),
            "big5" => (Bytes(0x81, 0xFE), Bytes(0x40, 0x7E)),
            "gb18030" => (Bytes(0x81, 0xFE), Bytes(0x30, 0x39, 0x40, 0x7E)),
            "euc-jp" => (Bytes(0xA1, 0xFE), Bytes()),
            "euc-kr" => (Bytes(0xA1, 0xAC, 0xB0, 0xFD), Bytes()),
            _ => (null, null),
        };
        if (singleByte)
        {
            var all = new byte[256];
            for (var i = 0; i < 256; i++)
            {
                all[i] = (byte)i;
            }
            _table = encoding.GetChars(all);
            for (var i = 0; i < 128; i++)
            {
                _highPenalty[i] = SymbolStream.CharPenalty(_table[i + 128]);
            }
        }
    }

    /// <summary>WHATWG name.</summary>
    public string Name { get; }

    /// <summary>Whether every byte is one character.</summary>
    public bool IsSingleByte => _table is not null;

    /// <summary>Whether bytes 0x00–0x7F always decode as ASCII (false for ISO-2022-JP, whose escapes change their meaning).</summary>
    public bool IsAsciiCompatible { get; }

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

    /// <summary>The character a single-byte candidate decodes <paramref name="b"/> to.</summary>
    public char CharOf(byte b) => _table is { } table ? table[b] : throw new InvalidOperationException($"{Name} is not a single-byte encoding");

    /// <summary>
    /// For a single-byte candidate, the penalties its characters for the counted bytes 0x80–0xFF cost whatever their
    /// neighbours (<see cref="SymbolStream.CharPenalty"/>); zero for a multi-byte one, whose characters are not known
    /// before decoding. Either way no decoding scores higher.
    /// </summary>
    public double HighPenalty(ReadOnlySpan<int> highCounts)
    {
        var total = 0.0;
        for (var i = 0; i < 128 && _table is not null; i++)
        {
            if (highCounts[i] != 0)
            {
                total += highCounts[i] * _highPenalty[i];
            }
        }
        return total;
    }

    /// <summary>
    /// A lower bound on the invalid sequences <see cref="Decode"/> finds in the bytes of <paramref name="sample"/>, without decoding: in
    /// the double-byte encodings a run of non-ASCII bytes that can only pair up (no single-byte character among them),
    /// of odd length, between bytes that cannot continue it, holds at least one byte that is not part of a character.
    /// </summary>
    public int MinInvalid(ReducedSample sample)
    {
        if (_table is not null || _pairOnly is null || _continues is null)
        {
            return 0;
        }
        var count = 0;
        var bytes = sample.Bytes.AsSpan();
        foreach (var run in sample.OddHighRuns)
        {
            // A run cut by the end of the sample may be an incomplete character, and is not among them.
            count += !_continues.Contains(bytes[run.End.Value]) && !bytes[run].ContainsAnyExcept(_pairOnly) ? 1 : 0;
        }
        return count;
    }

    private static SearchValues<byte> Bytes(params int[] ranges)
    {
        var values = new List<byte>();
        for (var r = 0; r + 1 < ranges.Length; r += 2)
        {
            for (var b = ranges[r]; b <= ranges[r + 1]; b++)
            {
                values.Add((byte)b);
            }
        }
        return SearchValues.Create([.. values]);
    }

    /// <summary>Room <see cref="Decode"/> needs for <paramref name="bytes"/> bytes.</summary>
    public int MaxChars(int bytes) => _table is null ? _encoding.GetMaxCharCount(bytes) + 4 : bytes;

    /// <summary>Decodes <paramref name="bytes"/> into <paramref name="chars"/>, ignoring an incomplete sequence at the end (a sample may be cut).</summary>
    /// <returns>How many chars were written; <paramref name="invalid"/> counts the invalid byte sequences that became U+FFFD.</returns>
    public int Decode(ReadOnlySpan<byte> bytes, Span<char> chars, out int invalid)
    {
        if (_table is { } table)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[i] = table[bytes[i]];
            }
            invalid = 0;
            return bytes.Length;
        }
        var count = _encoding.GetDecoder().GetChars(bytes, chars, flush: false);
        invalid = chars[..count].Count('\uFFFD');
        return count;
    }
}
