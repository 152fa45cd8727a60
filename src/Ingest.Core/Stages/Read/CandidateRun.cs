using Ingest.Core.Stages.Read.Statistics;

namespace Ingest.Core.Stages.Read;

/// <summary>One candidate's part in one ranking: its decoding, the bound on its score, and the best language scored so far.</summary>
internal sealed class CandidateRun
{
    private char[]? _text;
    private int _length;
    private SymbolStream? _stream;
    private bool _scored;

    private CandidateRun(EncodingCandidate candidate, int[] languages)
    {
        Candidate = candidate;
        Languages = languages;
        Language = languages.Length > 0 ? languages[0] : 0;
    }

    public EncodingCandidate Candidate { get; }

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
        System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<int>> languagesOf)
    {
        var hasEscape = sample.Contains((byte)0x1B);
        var controls = reduced.AsciiControls * SymbolStream.ControlLogP;
        var dropped = reduced.DroppedControls * SymbolStream.ControlLogP;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var runs = new List<CandidateRun>();
        for (var c = 0; c < EncodingCandidate.All.Length; c++)
        {
            var candidate = EncodingCandidate.All[c];
            if (candidate.Name == "iso-2022-jp" && !hasEscape)
            {
                continue;
            }
            // Highest prior first; among equals the encoding's own order of languages, as in an unpruned ranking.
            int[] languages = [.. languagesOf[c].Select((l, i) => (l, i)).OrderByDescending(x => prior[x.l]).ThenBy(x => x.i).Select(x => x.l)];
            var run = new CandidateRun(candidate, languages);
            var topPrior = languages.Length > 0 ? prior[languages[0]] : double.NegativeInfinity;
            if (candidate.IsSingleByte)
            {
                var key = string.Concat(Enumerable.Range(0, 128).Where(i => reduced.HighCounts[i] > 0).Select(i => candidate.CharOf((byte)(i + 128))));
                run.Decoding = keys.TryGetValue(key, out var same) ? same : keys[key] = runs.Count;
                run.Offset = dropped;
                run.Bound = candidate.HighPenalty(reduced.HighCounts) + controls + topPrior;
            }
            else
            {
                var bytes = candidate.IsAsciiCompatible ? reduced.Bytes.AsSpan() : sample;
                run._text = new char[candidate.MaxChars(bytes.Length)];
                run._length = candidate.Decode(bytes, run._text, out var invalid);
                run.Decoding = runs.FirstOrDefault(r => r._text is not null && !r.Candidate.IsSingleByte && r.Text.SequenceEqual(run.Text))?.Decoding ?? runs.Count;
                run.Offset = invalid * StatisticalDetector.InvalidLogP + (candidate.IsAsciiCompatible ? dropped : 0.0);
                run.Bound = invalid * StatisticalDetector.InvalidLogP + controls + topPrior;
            }
            run.Score = Math.Round(run.Bound, 6);
            runs.Add(run);
        }
        return runs;
    }

    private ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    /// <summary>The decoded sample's stream, shared with the runs that decode it alike.</summary>
    public SymbolStream Stream(List<CandidateRun> runs, ReducedSample reduced)
    {
        if (_stream is not null)
        {
            return _stream;
        }
        _stream = runs.FirstOrDefault(r => r.Decoding == Decoding && r._stream is not null)?._stream;
        if (_stream is null)
        {
            if (_text is null)
            {
                _text = new char[Candidate.MaxChars(reduced.Bytes.Count)];
                _length = Candidate.Decode(reduced.Bytes, _text, out _);
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
