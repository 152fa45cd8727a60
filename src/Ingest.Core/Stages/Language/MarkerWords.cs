namespace Ingest.Core.Stages.Language;

/// <summary>What the marker-word rules of close languages (<see cref="ShtokavianMarkers"/>, <see cref="MarkerGroup"/>)
/// share: the words of a text, and when a count of markers is clear.</summary>
internal static class MarkerWords
{
    /// <summary>The longest word looked at; no marker is longer, and longer runs of letters are skipped.</summary>
    public const int MaxLength = 40;

    /// <summary>The words (runs of letters and combining marks) of a text, lower-cased into <paramref name="buffer"/> by
    /// <see cref="CharFolding"/>, without allocating.</summary>
    public static Enumerator Of(ReadOnlySpan<char> text, Span<char> buffer) => new(text, buffer);

    /// <summary>A side is clear with one marker when the other side has none, or with two and twice as many as the
    /// other side.</summary>
    public static bool Clear(int side, int other) => (side >= 1 && other == 0) || (side >= 2 && side >= 2 * other);

    /// <summary>The kept member with the best n-gram score; null when every member is kept (the markers ruled nothing
    /// out) or no kept member has a score.</summary>
    public static string? BestKept(IReadOnlyList<string> members, ReadOnlySpan<bool> kept, ReadOnlySpan<double> ngramScores)
    {
        string? choice = null;
        var (bestScore, keptCount) = (double.NegativeInfinity, 0);
        for (var m = 0; m < members.Count; m++)
        {
            if (!kept[m])
            {
                continue;
            }
            keptCount++;
            if (ngramScores[m] > bestScore)
            {
                (choice, bestScore) = (members[m], ngramScores[m]);
            }
        }
        return keptCount == members.Count ? null : choice;
    }

    /// <summary>Walks the words of a text; <see cref="Current"/> is valid until the next <see cref="MoveNext"/>.</summary>
    public ref struct Enumerator(ReadOnlySpan<char> text, Span<char> buffer)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _buffer = buffer;
        private int _position;
        private int _length;

        public readonly ReadOnlySpan<char> Current => _buffer[.._length];

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var (folded, isLetter) = (CharFolding.Folded, CharFolding.IsLetter);
            while (_position < _text.Length)
            {
                while (_position < _text.Length && !isLetter[_text[_position]])
                {
                    _position++;
                }
                // A word runs on through letters and combining marks, folded as the n-gram scorer folds them.
                var length = 0;
                for (; _position < _text.Length && folded[_text[_position]] != ' '; _position++, length++)
                {
                    if (length < _buffer.Length)
                    {
                        _buffer[length] = folded[_text[_position]];
                    }
                }
                if (length > 0 && length <= _buffer.Length)
                {
                    _length = length;
                    return true;
                }
            }
            return false;
        }
    }
}
