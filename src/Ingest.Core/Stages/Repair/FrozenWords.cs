using System.Collections.Frozen;

namespace Ingest.Core.Stages.Repair;

/// <summary>A small fixed set of words, compared case-insensitively.</summary>
internal sealed class FrozenWords(string spaceSeparated)
{
    private readonly FrozenSet<string> _words = spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public bool Contains(string word) => _words.Contains(word);
}
