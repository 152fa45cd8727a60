namespace Ingest.Core.Stages.Read;

/// <summary>One candidate encoding's log-likelihood, its best language, and its posterior share among the candidates.</summary>
public sealed record CandidateScore(string Encoding, string Language, double LogLikelihood, double Posterior, string Text);
