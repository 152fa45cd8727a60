using Ingest.Core.Stages.Read.Statistics;

namespace Ingest.Core.Stages.Read;

/// <summary>
/// For each candidate, the most any of its languages can give the pairs where an ASCII letter meets a non-ASCII byte,
/// which every decoding's stream contains: summed over a sample's <see cref="ReducedSample.Adjacency"/>, an upper bound
/// on the candidate's score that costs no decoding.
/// </summary>
/// <remarks>
/// A single-byte candidate knows the character of each byte, so its bound is per letter and byte, both ways round, and
/// per pair of bytes (two boundaries in a row make no pair, so that cell is 0). A
/// multi-byte one does not, so it takes the best a language allows after the letter whatever follows, and only where
/// the letter cannot be a trail byte.
/// </remarks>
internal sealed class CandidateBounds
{
    private readonly float[][] _letterThenHigh;
    private readonly float[][] _highThenLetter;
    private readonly float[][] _letterThenAny;
    private readonly float[][] _highThenHigh;

    public CandidateBounds(ProfileSet profiles, IReadOnlyList<IReadOnlyList<int>> languagesOf)
    {
        var count = EncodingCandidate.All.Length;
        (_letterThenHigh, _highThenLetter, _letterThenAny, _highThenHigh) = (new float[count][], new float[count][], new float[count][], new float[count][]);
        for (var c = 0; c < count; c++)
        {
            var candidate = EncodingCandidate.All[c];
            var languages = languagesOf[c].Select(l => profiles.Profiles[l]).ToList();
            (_letterThenHigh[c], _highThenLetter[c], _letterThenAny[c]) = (new float[26 * 128], new float[128 * 26], new float[26]);
            _highThenHigh[c] = candidate.IsSingleByte ? new float[128 * 128] : [];
            var symbols = candidate.IsSingleByte ? Enumerable.Range(128, 128).Select(b => SymbolStream.SymbolOf(candidate.CharOf((byte)b))).ToArray() : [];
            for (var first = 0; first < symbols.Length; first++)
            {
                for (var second = 0; second < symbols.Length; second++)
                {
                    var (x, y) = (symbols[first], symbols[second]);
                    _highThenHigh[c][first * 128 + second] = x == SymbolStream.Boundary && y == SymbolStream.Boundary ? 0f : Max(languages, p => p.LogP(x, y));
                }
            }
            for (var letter = 0; letter < 26; letter++)
            {
                var a = (char)('a' + letter);
                _letterThenAny[c][letter] = Max(languages, p => p.MaxLogPAfter(a));
                for (var b = 0; b < 128 && candidate.IsSingleByte; b++)
                {
                    var symbol = SymbolStream.SymbolOf(candidate.CharOf((byte)(b + 128)));
                    _letterThenHigh[c][letter * 128 + b] = Max(languages, p => p.LogP(a, symbol));
                    _highThenLetter[c][b * 26 + letter] = Max(languages, p => p.LogP(symbol, a));
                }
            }
        }
    }

    /// <summary>The bound for candidate <paramref name="index"/> (in <see cref="EncodingCandidate.All"/>) on a sample.</summary>
    public double Of(int index, EncodingCandidate candidate, ReducedSample.Adjacency adjacency)
    {
        var total = 0.0;
        if (!candidate.IsSingleByte)
        {
            foreach (var letter in adjacency.FreeLetterThenHigh)
            {
                total += _letterThenAny[index][letter];
            }
            return total;
        }
        foreach (var cell in adjacency.LetterThenHigh)
        {
            total += _letterThenHigh[index][cell];
        }
        foreach (var cell in adjacency.HighThenLetter)
        {
            total += _highThenLetter[index][cell];
        }
        foreach (var cell in adjacency.HighThenHigh)
        {
            total += _highThenHigh[index][cell];
        }
        return total;
    }

    /// <summary>Rounded up to a float, so that the bound never falls below the double it stands for.</summary>
    private static float Max(List<LanguageProfile> languages, Func<LanguageProfile, double> logP)
    {
        var max = languages.Count == 0 ? 0.0 : languages.Max(logP);
        return max >= 0 ? 0f : MathF.BitIncrement((float)max);
    }
}
