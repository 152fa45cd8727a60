namespace Ingest.Core.Stages.Group;

/// <summary>
/// How much of their wording two documents in one language share (<see cref="TextShingles"/>), computed when a pair
/// is about to be linked and kept for the next question about it; pairs in different or unknown languages cannot be
/// compared word for word and are always allowed.
/// </summary>
internal sealed class WordingOverlap(IReadOnlyList<GroupInput> inputs)
{
    private readonly Dictionary<(int, int), double> _known = [];

    /// <summary>True unless both documents are in one language and share less than <paramref name="min"/> of the shorter one's wording.</summary>
    public bool Allows(GroupLink link, double min) => Of(link.A, link.B) is not { } shared || shared >= min;

    private double? Of(int a, int b)
    {
        if (inputs[a] is not { Language: { } language, Shingles: { } x } || inputs[b] is not { Shingles: { } y } || inputs[b].Language != language)
        {
            return null;
        }
        if (!_known.TryGetValue((a, b), out var shared))
        {
            _known[(a, b)] = shared = TextShingles.Containment(x, y);
        }
        return shared;
    }
}
