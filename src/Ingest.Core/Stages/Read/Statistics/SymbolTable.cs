using System.Collections.Frozen;

namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>One language's unigram and pair log-probabilities in dense arrays, indexed by the position of each symbol in its alphabet.</summary>
/// <remarks>
/// Symbols below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic) find their index in a flat table; the rest (CJK) in a
/// frozen dictionary. Small alphabets keep every pair in a square array (absent pairs are NaN); the large CJK alphabets,
/// whose stored pairs are few, keep them in a frozen dictionary keyed by the two indices.
/// </remarks>
internal sealed class SymbolTable
{
    private const int FlatLimit = 0x800;
    private const int DenseLimit = 128;

    private readonly short[] _flat = new short[FlatLimit];
    private readonly FrozenDictionary<char, int> _wide;
    private readonly float[] _logP;
    private readonly float[] _logBackoff;
    private readonly float[]? _dense;
    private readonly FrozenDictionary<int, float>? _sparse;
    private readonly int _size;

    public SymbolTable(Dictionary<char, (float LogP, float LogBackoff)> unigrams, Dictionary<int, float> bigrams)
    {
        var alphabet = unigrams.Keys.Order().ToArray();
        Alphabet = [.. alphabet];
        _size = alphabet.Length;
        _logP = [.. alphabet.Select(c => unigrams[c].LogP)];
        _logBackoff = [.. alphabet.Select(c => unigrams[c].LogBackoff)];
        Array.Fill(_flat, (short)-1);
        var wide = new Dictionary<char, int>();
        for (var i = 0; i < alphabet.Length; i++)
        {
            if (alphabet[i] < FlatLimit)
            {
                _flat[alphabet[i]] = (short)i;
            }
            else
            {
                wide[alphabet[i]] = i;
            }
        }
        _wide = wide.ToFrozenDictionary();
        var pairs = bigrams.Select(b => (Key: IndexOf((char)(b.Key >> 16)) * _size + IndexOf((char)(b.Key & 0xFFFF)), b.Value))
            .Where(p => p.Key >= 0).ToList();
        if (_size <= DenseLimit)
        {
            _dense = new float[_size * _size];
            Array.Fill(_dense, float.NaN);
            foreach (var (key, value) in pairs)
            {
                _dense[key] = value;
            }
        }
        else
        {
            _sparse = pairs.ToFrozenDictionary(p => p.Key, p => p.Value);
        }
    }

    /// <summary>The index of <paramref name="symbol"/> in the alphabet, or -1.</summary>
    public int IndexOf(char symbol) => symbol < FlatLimit ? _flat[symbol] : _wide.GetValueOrDefault(symbol, -1);

    /// <summary>The symbols, in index order.</summary>
    public System.Collections.Immutable.ImmutableArray<char> Alphabet { get; }

    /// <summary>Symbols in the alphabet.</summary>
    public int Size => _size;

    public float LogP(int index) => _logP[index];

    public float LogBackoff(int index) => _logBackoff[index];

    /// <summary>The stored pair's log-probability, or NaN.</summary>
    public float Pair(int previous, int current) =>
        _dense is { } dense ? dense[previous * _size + current] : _sparse!.GetValueOrDefault(previous * _size + current, float.NaN);
}
