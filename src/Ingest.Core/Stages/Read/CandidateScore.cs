namespace Ingest.Core.Stages.Read;

/// <summary>One candidate encoding's log-likelihood, its best language, and its posterior share among the candidates.</summary>
/// <param name="Encoding">WHATWG name.</param>
/// <param name="Language">The language profile that explains the decoded text best.</param>
/// <param name="LogLikelihood">
/// The score. A candidate that could not come within <see cref="StatisticalDetector.PruneMargin"/> of the leader is not
/// scored in full: this is then an upper bound, and its posterior is below e^-20.
/// </param>
/// <param name="Posterior">Share of the softmax over all candidates.</param>
/// <param name="Decoding">Candidates with the same number decode the sample to the same text (either is right).</param>
public sealed record CandidateScore(string Encoding, string Language, double LogLikelihood, double Posterior, int Decoding);
