using Ingest.Core.Stages.Read.Statistics;

namespace Ingest.Core.Stages.Read;

/// <summary>One candidate's part in one ranking: its decoding, the bound on its score, and the best language scored so far.</summary>
internal sealed class CandidateRun
{
    private char[]? _text;
    private ArraySegment<byte> _source;
    private int _length;
    private SymbolStream? _stream;
    private bool _scored;
    private bool _tightened;

    private CandidateRun(EncodingCandidate candidate, int[] languages)
    {
        Candidate = candidate;
        Languages = languages;
        Language = languages.Length > 0 ? languages[0] : 0;
    }

    public EncodingCandidate Candidate { get; }

    /// <summary>The candidate's place in <see cref="EncodingCandidate.All"/>.</summary>
    public int Index { get; private init; }

    /// <summary>The languages of the encoding, likeliest first by the sample's ASCII letters.</summary>
    public int[] Languages { get; }

    /// <summary>Runs with the same number decode the sample to the same text.</summary>
    public int Decoding { get; private set; }

    /// <summary>No language can score this candidate higher.</summary>
    public double Bound { get; private set; }

    /// <summary>Added to every language's score: invalid sequences, and the controls the reduced sample dropped.</summary>
    public double Offset { get; private set; }

    /// <summary>The best score so far, or <see cref="Bound"/> while none is known.</summary>
    public double Score { get; private set; }

    public int Language { get; private set; }

    /// <summary>Bounds every candidate; decodes the multi-byte ones, whose bound needs their count of invalid sequences.</summary>
    public static List<CandidateRun> Prepare(ReadOnlySpan<byte> sample, ReducedSample reduced, double[] prior,
        System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<int>> languagesOf, HashSet<EncodingCandidate>? only)
    {
        var hasEscape = sample.Contains((byte)0x1B);
        var controls = reduced.AsciiControls * SymbolStream.ControlLogP;
        var dropped = reduced.DroppedControls * SymbolStream.ControlLogP;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var runs = new List<CandidateRun>();
        for (var c = 0; c < EncodingCandidate.All.Length; c++)
        {
            var candidate = EncodingCandidate.All[c];
            if ((candidate.Name == "iso-2022-jp" && !hasEscape) || (only is not null && !only.Contains(candidate)))
            {
                continue;
            }
            // Highest prior first; among equals the encoding's own order of languages, as in an unpruned ranking.
            var languages = ByPrior(languagesOf[c], prior);
            var run = new CandidateRun(candidate, languages) { Index = c };
            var topPrior = languages.Length > 0 ? prior[languages[0]] : double.NegativeInfinity;
            if (candidate.IsSingleByte)
            {
                var key = DecodingKey(candidate, reduced.HighCounts);
                run.Decoding = keys.TryGetValue(key, out var same) ? same : keys[key] = runs.Count;
                run.Offset = dropped;
                run.Bound = candidate.HighPenalty(reduced.HighCounts) + controls + topPrior;
            }
            else
            {
                // Multi-byte candidates are decoded when first scored; until then the invalid runs bound them.
                run._source = candidate.IsAsciiCompatible ? reduced.Bytes : sample.ToArray();
                run.Decoding = runs.Count;
                run.Offset = candidate.IsAsciiCompatible ? dropped : 0.0;
                run.Bound = (candidate.IsAsciiCompatible ? candidate.MinInvalid(reduced) : 0) * StatisticalDetector.InvalidLogP + controls + topPrior;
            }
            run.Score = Math.Round(run.Bound, 6);
            runs.Add(run);
        }
        return runs;
    }

    /// <summary>The languages in order of <paramref name="prior"/>, highest first; a stable insertion sort (the lists are short).</summary>
    private static int[] ByPrior(System.Collections.Immutable.ImmutableArray<int> languages, double[] prior)
    {
        var sorted = languages.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var (item, j) = (sorted[i], i - 1);
            for (; j >= 0 && prior[sorted[j]] < prior[item]; j--)
            {
                sorted[j + 1] = sorted[j];
            }
            sorted[j + 1] = item;
        }
        return sorted;
    }

    /// <summary>The characters a single-byte candidate gives the non-ASCII bytes present: equal keys, equal decodings.</summary>
    private static string DecodingKey(EncodingCandidate candidate, ReadOnlySpan<int> highCounts)
    {
        Span<char> key = stackalloc char[128];
        var length = 0;
        for (var i = 0; i < 128; i++)
        {
            if (highCounts[i] > 0)
            {
                key[length++] = candidate.CharOf((byte)(i + 128));
            }
        }
        return new string(key[..length]);
    }

    private ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    /// <summary>Lowers <see cref="Bound"/> by what the pairs of letters and non-ASCII bytes can give at most (<see cref="CandidateBounds"/>).</summary>
    public void Tighten(CandidateBounds bounds, ReducedSample reduced)
    {
        if (!_tightened)
        {
            Bound += bounds.Of(Index, Candidate, reduced.Adjacent);
            Score = Math.Round(Bound, 6);
            _tightened = true;
        }
    }

    /// <summary>The decoded sample's stream, shared with the runs that decode it alike.</summary>
    public SymbolStream Stream(List<CandidateRun> runs, ReducedSample reduced)
    {
        if (_stream is not null)
        {
            return _stream;
        }
        if (Candidate.IsSingleByte)
        {
            _stream = runs.FirstOrDefault(r => r.Decoding == Decoding && r._stream is not null)?._stream;
        }
        if (_stream is null)
        {
            var source = Candidate.IsSingleByte ? reduced.Bytes : _source;
            _text = new char[Candidate.MaxChars(source.Count)];
            _length = Candidate.Decode(source, _text, out var invalid);
            if (!Candidate.IsSingleByte)
            {
                Offset += invalid * StatisticalDetector.InvalidLogP;
                // Multi-byte decodings are numbered after the single-byte ones, alike when their text is.
                Decoding = runs.FirstOrDefault(r => r != this && !r.Candidate.IsSingleByte && r._text is not null && r.Text.SequenceEqual(Text))?.Decoding
                    ?? runs.IndexOf(this);
            }
            _stream = SymbolStream.Build(Text);
        }
        return _stream;
    }

    /// <summary>Records <paramref name="language"/>'s score, keeping the best (on a tie, the language listed first).</summary>
    public void Consider(int language, double score)
    {
        score = Math.Round(score, 6);
        if (!_scored || score > Score || (score == Score && language < Language))
        {
            (Score, Language, _scored) = (score, language, true);
        }
    }

    /// <summary>When no language was worth scoring, the tighter bound that the decoded stream gives.</summary>
    public void Settle(double bound)
    {
        if (!_scored)
        {
            Score = Math.Round(Math.Min(Bound, bound), 6);
        }
    }
}
