namespace Ingest.Core.Stages.Language;

/// <summary>What the marker-word rules of close languages (<see cref="ShtokavianMarkers"/>, <see cref="PairMarkers"/>)
/// share: the words of a text, and when a count of markers is clear.</summary>
internal static class MarkerWords
{
    private static readonly char[] Separators = [.. Enumerable.Range(0, 0x250).Select(i => (char)i).Where(c => !char.IsLetter(c))];

    /// <summary>The words of a text in Latin letters, lower-cased.</summary>
    public static IEnumerable<string> Of(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(word => word.ToLowerInvariant());

    /// <summary>A side is clear with two markers and twice as many as the other side.</summary>
    public static bool Clear(int side, int other) => side >= 2 && side >= 2 * other;
}
