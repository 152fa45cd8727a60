namespace Ingest.Core.Stages.Language;

/// <summary>What the marker-word rules of close languages (<see cref="ShtokavianMarkers"/>, <see cref="PairMarkers"/>)
/// share: the words of a text, and when a count of markers is clear.</summary>
internal static class MarkerWords
{
    /// <summary>The words (runs of letters) of a text, lower-cased.</summary>
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || (start >= 0 && char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>A side is clear with one marker when the other side has none, or with two and twice as many as the
    /// other side.</summary>
    public static bool Clear(int side, int other) => (side >= 1 && other == 0) || (side >= 2 && side >= 2 * other);
}
