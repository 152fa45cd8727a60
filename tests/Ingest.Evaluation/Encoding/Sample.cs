namespace Ingest.Evaluation.Encoding;

/// <summary>One corpus file: its path in the corpus, true WHATWG encoding, language, length bucket and bytes.</summary>
internal sealed record Sample(string File, string Encoding, string Language, int Bucket, byte[] Bytes);
