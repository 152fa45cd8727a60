using Ingest.Core.Model;

namespace Ingest.Core.Stages.Read;

/// <summary>The text decoded from a file's bytes and the encoding that decoded it.</summary>
public sealed record DecodedText(string Text, DetectedEncoding Encoding);
