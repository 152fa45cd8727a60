using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Read;

/// <summary>The text decoded from a file's bytes, the encoding that decoded it, and byte-level repairs (offsets in source bytes).</summary>
public sealed record DecodedText(string Text, DetectedEncoding Encoding, ImmutableArray<Model.Repair> Repairs = default)
{
    public ImmutableArray<Model.Repair> Repairs { get; init; } = Repairs.IsDefault ? [] : Repairs;
}
