using System.Collections.Immutable;

namespace Ingest.Core.Stages.Language;

/// <summary>The n-grams of the profiles written in one script, one column per such profile.</summary>
/// <remarks>A text is scored against the profiles of its dominant script only, so each script's table holds just
/// the n-grams those profiles know and rows just as wide as their number: a Latin row is 64 bytes, not one byte for
/// every profile of every script, which keeps the table small enough for the cache and quick to load.</remarks>
internal sealed class ScriptGrams(ImmutableArray<int> profiles, NgramTable table)
{
    /// <summary>Profile index of each column.</summary>
    public ImmutableArray<int> Profiles { get; } = profiles;

    public NgramTable Table { get; } = table;
}
