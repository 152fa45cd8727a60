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
            var symbols = candidate.IsSingleByte ? Enumerable.Range(128, 128).Select(b => SymbolStream.SymbolOf(candidate.CharOf((byte)b))).ToArray() : [];
            _letterThenAny[c] = Table(languages, 26, (p, i) => p.MaxLogPAfter((char)('a' + i)));
            _letterThenHigh[c] = Table(languages, 26 * symbols.Length, (p, i) => p.LogP((char)('a' + i / 128), symbols[i % 128]));
            _highThenLetter[c] = Table(languages, symbols.Length * 26, (p, i) => p.LogP(symbols[i / 26], (char)('a' + i % 26)));
            // Two boundaries in a row make no pair.
            _highThenHigh[c] = Table(languages, symbols.Length * symbols.Length, (p, i) =>
                symbols[i / 128] == SymbolStream.Boundary && symbols[i % 128] == SymbolStream.Boundary ? 0.0 : p.LogP(symbols[i / 128], symbols[i % 128]));
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

    /// <summary>For each cell, the most any language gives it, rounded up to a float so that the bound never falls below the double it stands for.</summary>
    private static float[] Table(List<LanguageProfile> languages, int cells, Func<LanguageProfile, int, double> logP)
    {
        var max = new double[cells];
        Array.Fill(max, languages.Count == 0 ? 0.0 : double.NegativeInfinity);
        foreach (var language in languages)
        {
            for (var i = 0; i < cells; i++)
            {
                max[i] = Math.Max(max[i], logP(language, i));
            }
        }
        return [.. max.Select(m => m >= 0 ? 0f : MathF.BitIncrement((float)m))];
    }
}
