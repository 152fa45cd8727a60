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

    private readonly ProfileSet _profiles;
    private readonly ImmutableArray<ImmutableArray<int>> _languagesOf;

    public StatisticalDetector(ProfileSet profiles)
    {
        _profiles = profiles;
        var index = profiles.Profiles.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        _languagesOf = [.. EncodingCandidate.All.Select(c => profiles.ByEncoding.GetValueOrDefault(c.Name, []).Select(p => index[p]).ToImmutableArray())];
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
        var scores = _profiles.Profiles.Select(p => p.AsciiScore(histogram)).ToArray();
        var best = scores.Max();
        return [.. scores.Select(s => AsciiWeight * (s - best))];
    }

    /// <summary>The candidates best first; <paramref name="sample"/> must hold a non-ASCII byte.</summary>
    public ImmutableArray<CandidateScore> Rank(ReadOnlySpan<byte> sample)
    {
        var prior = LatinPrior(sample);
        var reduced = ReducedSample.Of(sample);
        var runs = CandidateRun.Prepare(sample, reduced, prior, _languagesOf);
        var best = double.NegativeInfinity;
        var scores = new Dictionary<(int Decoding, int Language), double>();
        foreach (var run in runs.OrderByDescending(r => r.Bound))
        {
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
        // A stable sort, so that ties keep the candidates' order of preference.
        var ranked = runs.OrderByDescending(r => r.Score).ToList();
        var top = ranked[0].Score;
        var weights = ranked.Select(r => Math.Exp((r.Score - top) / Temperature)).ToArray();
        var sum = weights.Sum();
        return [.. ranked.Select((r, i) => new CandidateScore(r.Candidate.Name, _profiles.Profiles[r.Language].Name, r.Score, weights[i] / sum, r.Decoding))];
    }
}
