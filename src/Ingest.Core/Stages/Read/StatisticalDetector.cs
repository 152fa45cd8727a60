using System.Collections.Immutable;
using Ingest.Core.Stages.Read.Statistics;

namespace Ingest.Core.Stages.Read;

/// <summary>Ranks legacy encodings by how plausible the text each one decodes is, under the best-fitting language profile.</summary>
/// <remarks>
/// Each candidate's score is the log-likelihood of its decoded text (<see cref="SymbolStream"/>) under the languages
/// stored in that encoding; invalid multi-byte sequences cost <see cref="InvalidLogP"/> each. Posteriors come from a
/// softmax with temperature <see cref="Temperature"/>, which corrects for the pair model counting overlapping evidence
/// twice; candidates that decode to the same text share their posterior, since either is right.
/// <para>
/// Speed: the candidates decode a <see cref="ReducedSample"/> (the non-ASCII bytes and the ASCII bytes that touch them);
/// single-byte candidates that decode its non-ASCII bytes alike share one stream and its scores. Every score is a sum of
/// log-probabilities and penalties, none positive, so the penalties that need no context plus the language prior bound
/// it from above: candidates are taken best bound first, and a candidate or language whose bound falls more than
/// <see cref="PruneMargin"/> below the best score so far is not scored, as its posterior could not reach e^-20.
/// </para>
/// </remarks>
public sealed class StatisticalDetector
{
    internal const double InvalidLogP = -25.0;
    internal const double Temperature = 3.0;
    internal const double AsciiWeight = 0.5;

    /// <summary>How far below the leader a bound may fall before the candidate or language is skipped.</summary>
    public const double PruneMargin = 20 * Temperature;

    /// <summary>The bounds of the default profiles, computed once (they take a moment).</summary>
    private static readonly Lazy<CandidateBounds> DefaultBounds = new(() => new CandidateBounds(ProfileSet.Default,
        [.. EncodingCandidate.All.Select(c => (IReadOnlyList<int>)[.. ProfileSet.Default.ByEncoding.GetValueOrDefault(c.Name, [])
            .Select(p => ProfileSet.Default.Profiles.IndexOf(p))])]));

    private readonly ProfileSet _profiles;
    private readonly ImmutableArray<ImmutableArray<int>> _languagesOf;
    private readonly CandidateBounds _bounds;

    public StatisticalDetector(ProfileSet profiles)
    {
        _profiles = profiles;
        var index = profiles.Profiles.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        _languagesOf = [.. EncodingCandidate.All.Select(c => profiles.ByEncoding.GetValueOrDefault(c.Name, []).Select(p => index[p]).ToImmutableArray())];
        _bounds = profiles == ProfileSet.Default ? DefaultBounds.Value : new CandidateBounds(profiles, [.. _languagesOf.Select(l => (IReadOnlyList<int>)l)]);
    }

    public StatisticalDetector()
        : this(ProfileSet.Default)
    {
    }

    /// <summary>
    /// For Latin-script languages, how much worse than the best-fitting one each explains the ASCII letters: a language
    /// prior that every Latin candidate shares, so that German text is judged as German whichever encoding decodes it.
    /// </summary>
    private double[] LatinPrior(ReadOnlySpan<byte> sample)
    {
        var histogram = AsciiHistogram.Of(sample);
        var scores = new double[_profiles.Profiles.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = _profiles.Profiles[i].AsciiScore(histogram);
        }
        var best = scores.Max();
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = AsciiWeight * (scores[i] - best);
        }
        return scores;
    }

    /// <summary>The candidates best first; <paramref name="sample"/> must hold a non-ASCII byte.</summary>
    /// <remarks>
    /// A sample with many non-ASCII bytes is screened first: the candidates are ranked on a prefix holding
    /// <see cref="ScreenBytes"/> of them, and only those within <see cref="ScreenMargin"/> of the leader there (with any
    /// that decode the prefix alike) are ranked on the whole sample. The rest keep their deficit from the prefix.
    /// </remarks>
    public ImmutableArray<CandidateScore> Rank(ReadOnlySpan<byte> sample)
    {
        var prior = LatinPrior(sample);
        var cut = ScreenCut(sample);
        if (cut == 0)
        {
            return Ranked(Score(sample, prior, null), []);
        }
        var screen = Score(sample[..cut], prior, null);
        var leader = screen.Max(r => r.Score);
        var close = screen.Where(r => r.Score >= leader - ScreenMargin).Select(r => r.Decoding).ToHashSet();
        var kept = screen.Where(r => close.Contains(r.Decoding)).Select(r => r.Candidate).ToHashSet();
        var runs = Score(sample, prior, kept);
        var best = runs.Max(r => r.Score);
        var dropped = screen.Where(r => !kept.Contains(r.Candidate)).Select(r => (r, Math.Round(best - (leader - r.Score), 6))).ToList();
        return Ranked(runs, dropped);
    }

    /// <summary>Non-ASCII bytes in the prefix a long sample is screened on.</summary>
    public const int ScreenBytes = 96;

    /// <summary>How far behind the leader on the prefix a candidate may be and still be ranked on the whole sample.</summary>
    public const double ScreenMargin = 40;

    /// <summary>
    /// The length of the prefix to screen on: past <see cref="ScreenBytes"/> non-ASCII bytes, after the next space, tab
    /// or line break (which no multi-byte character contains); 0 when the rest would not hold as many non-ASCII bytes again.
    /// </summary>
    private static int ScreenCut(ReadOnlySpan<byte> sample)
    {
        var from = AfterHighBytes(sample, ScreenBytes);
        var space = from < 0 ? -1 : sample[from..].IndexOfAny(" \t\n\r"u8);
        if (space < 0)
        {
            return 0;
        }
        var cut = from + space + 1;
        return AfterHighBytes(sample[cut..], ScreenBytes) >= 0 ? cut : 0;
    }

    /// <summary>The index just after the <paramref name="count"/>-th non-ASCII byte, or -1.</summary>
    private static int AfterHighBytes(ReadOnlySpan<byte> bytes, int count)
    {
        var i = 0;
        for (var seen = 0; seen < count; seen++)
        {
            var next = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (next < 0)
            {
                return -1;
            }
            i += next + 1;
        }
        return i;
    }

    private List<CandidateRun> Score(ReadOnlySpan<byte> sample, double[] prior, HashSet<EncodingCandidate>? only)
    {
        var reduced = ReducedSample.Of(sample);
        var runs = CandidateRun.Prepare(sample, reduced, prior, _languagesOf, only);
        var best = double.NegativeInfinity;
        var scores = new Dictionary<(int Decoding, int Language), double>();
        foreach (var run in runs.OrderByDescending(r => r.Bound))
        {
            if (run.Bound < best - PruneMargin)
            {
                continue;
            }
            run.Tighten(_bounds, reduced);
            if (run.Bound < best - PruneMargin)
            {
                continue;
            }
            var stream = run.Stream(runs, reduced);
            var ceiling = stream.Penalty + run.Offset;
            foreach (var language in run.Languages)
            {
                if (ceiling + prior[language] < best - PruneMargin)
                {
                    break;
                }
                if (!scores.TryGetValue((run.Decoding, language), out var score))
                {
                    scores[(run.Decoding, language)] = score = stream.Score(_profiles.Profiles[language]);
                }
                run.Consider(language, score + run.Offset + prior[language]);
            }
            run.Settle(ceiling + (run.Languages.Length > 0 ? prior[run.Languages[0]] : double.NegativeInfinity));
            best = Math.Max(best, run.Score);
        }
        return runs;
    }

    private ImmutableArray<CandidateScore> Ranked(List<CandidateRun> runs, List<(CandidateRun Run, double Score)> screenedOut)
    {
        // In the candidates' order of preference, then a stable sort, so that ties keep it.
        var order = EncodingCandidate.All.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var all = runs.Select(r => (r.Candidate, r.Language, r.Score, r.Decoding))
            .Concat(screenedOut.Select(s => (s.Run.Candidate, s.Run.Language, s.Score, Decoding: -1 - order[s.Run.Candidate])))
            .OrderBy(r => order[r.Candidate]).OrderByDescending(r => r.Score).ToList();
        var top = all[0].Score;
        var weights = all.Select(r => Math.Exp((r.Score - top) / Temperature)).ToArray();
        var sum = weights.Sum();
        return [.. all.Select((r, i) => new CandidateScore(r.Candidate.Name, _profiles.Profiles[r.Language].Name, r.Score, weights[i] / sum, r.Decoding))];
    }
}
