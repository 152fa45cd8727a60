using System.Collections.Immutable;
using Ingest.Core.Stages.Read.Statistics;

namespace Ingest.Core.Stages.Read;

/// <summary>Ranks legacy encodings by how plausible the text each one decodes is, under the best-fitting language profile.</summary>
/// <remarks>
/// Each candidate's score is the log-likelihood of its decoded text (<see cref="SymbolStream"/>) under the languages
/// stored in that encoding; invalid multi-byte sequences cost <see cref="InvalidLogP"/> each. Posteriors come from a
/// softmax with temperature <see cref="Temperature"/>, which corrects for the pair model counting overlapping evidence
/// twice; candidates that decode to the same text share their posterior, since either is right.
/// </remarks>
public sealed class StatisticalDetector(ProfileSet profiles)
{
    internal const double InvalidLogP = -25.0;
    internal const double Temperature = 3.0;
    internal const double AsciiWeight = 0.5;

    public StatisticalDetector()
        : this(ProfileSet.Default)
    {
    }

    /// <summary>
    /// For Latin-script languages, how much worse than the best-fitting one each explains the ASCII letters: a language
    /// prior that every Latin candidate shares, so that German text is judged as German whichever encoding decodes it.
    /// </summary>
    private Dictionary<LanguageProfile, double> LatinPrior(ReadOnlySpan<byte> sample)
    {
        var histogram = AsciiHistogram.Of(sample);
        var scores = profiles.Profiles.ToDictionary(p => p, p => p.AsciiScore(histogram));
        var best = scores.Values.Max();
        return scores.ToDictionary(s => s.Key, s => AsciiWeight * (s.Value - best));
    }

    /// <summary>The candidates best first; <paramref name="sample"/> must hold a non-ASCII byte.</summary>
    public ImmutableArray<CandidateScore> Rank(ReadOnlySpan<byte> sample)
    {
        var hasEscape = sample.Contains((byte)0x1B);
        var prior = LatinPrior(sample);
        var scored = new List<(string Encoding, string Language, double Score, string Text)>();
        foreach (var candidate in EncodingCandidate.All)
        {
            if (candidate.Name == "iso-2022-jp" && !hasEscape)
            {
                continue;
            }
            var (text, invalid) = candidate.Decode(sample);
            var stream = SymbolStream.Build(text);
            var best = double.NegativeInfinity;
            var language = "";
            foreach (var profile in profiles.ByEncoding.GetValueOrDefault(candidate.Name, []))
            {
                var score = stream.Score(profile) + prior[profile];
                if (score > best)
                {
                    (best, language) = (score, profile.Name);
                }
            }
            // Rounded so that summation order cannot break a tie that the candidates' order of preference should break.
            scored.Add((candidate.Name, language, Math.Round(best + invalid * InvalidLogP, 6), text));
        }
        // A stable sort, so that ties keep the candidates' order of preference.
        scored = [.. scored.OrderByDescending(s => s.Score)];
        var top = scored[0].Score;
        var weights = scored.Select(s => Math.Exp((s.Score - top) / Temperature)).ToArray();
        var sum = weights.Sum();
        return [.. scored.Select((s, i) => new CandidateScore(s.Encoding, s.Language, s.Score, weights[i] / sum, s.Text))];
    }
}
