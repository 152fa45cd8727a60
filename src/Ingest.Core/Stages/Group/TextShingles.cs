namespace Ingest.Core.Stages.Group;

/// <summary>
/// The distinct runs of four consecutive words of a text, hashed: two texts in one language that are versions of
/// each other share most of them, two different texts on one subject share few, however many names they have in common.
/// </summary>
/// <remarks>
/// Words are runs of letters and digits, lower-cased; in scripts written without spaces (Han, Kana, Thai, Lao,
/// Khmer, Myanmar) each character is a word. Hashes are FNV-1a based and the same on every machine and run.
/// </remarks>
public static class TextShingles
{
    private const int Width = 4;
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>The sorted distinct shingle hashes of <paramref name="text"/> (empty when it has fewer than four words).</summary>
    public static ulong[] Of(string text) => Shingles(Words(text));

    /// <summary>The sorted distinct hashes of the words of <paramref name="text"/>, numbers left out: two texts in one
    /// language share many (its function words), two texts in two languages few, whatever tag they were given.</summary>
    public static ulong[] Vocabulary(string text) => VocabularyOf(Words(text));

    /// <summary><see cref="Of"/> and <see cref="Vocabulary"/> of one text, from one pass over its words.</summary>
    public static (ulong[] Shingles, ulong[] Vocabulary) OfWords(string text)
    {
        var words = Words(text);
        return (Shingles(words), VocabularyOf(words));
    }

    private static ulong[] Shingles(List<(ulong Hash, bool Number)> words)
    {
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + Width <= words.Count; i++)
        {
            var shingle = Offset;
            for (var k = 0; k < Width; k++)
            {
                shingle = (shingle ^ words[i + k].Hash) * Prime;
                shingle ^= shingle >> 29;
            }
            shingles.Add(shingle);
        }
        var sorted = shingles.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static ulong[] VocabularyOf(List<(ulong Hash, bool Number)> words)
    {
        var sorted = words.Where(w => !w.Number).Select(w => w.Hash).Distinct().ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The text's words in order, hashed, each marked when it is all digits.</summary>
    private static List<(ulong Hash, bool Number)> Words(string text)
    {
        var words = new List<(ulong Hash, bool Number)>();
        var hash = Offset;
        var inWord = false;
        var number = true;
        void EndWord()
        {
            if (inWord)
            {
                words.Add((hash, number));
            }
            (hash, inWord, number) = (Offset, false, true);
        }
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                EndWord();
                continue;
            }
            if (IsUnspaced(c))
            {
                EndWord();
                words.Add(((Offset ^ c) * Prime, false));
                continue;
            }
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
            inWord = true;
            number &= char.IsDigit(c);
        }
        EndWord();
        return words;
    }

    /// <summary>The share of the smaller set's shingles that the other has too (0 when either is empty).</summary>
    public static double Containment(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var (small, large) = a.Length <= b.Length ? (a, b) : (b, a);
        return Shared(small, large) / (double)small.Length;
    }

    /// <summary>How many values of sorted <paramref name="small"/> sorted <paramref name="large"/> holds: a merge, or a
    /// binary search per value when one set is much larger (a page against the all-in-one manual that contains it).</summary>
    private static int Shared(ulong[] small, ulong[] large)
    {
        var shared = 0;
        if ((long)small.Length * 16 < large.Length)
        {
            var from = 0;
            foreach (var value in small)
            {
                var at = Array.BinarySearch(large, from, large.Length - from, value);
                shared += at >= 0 ? 1 : 0;
                from = at >= 0 ? at + 1 : ~at;
            }
            return shared;
        }
        var (i, j) = (0, 0);
        while (i < small.Length && j < large.Length)
        {
            if (small[i] == large[j])
            {
                (i, j, shared) = (i + 1, j + 1, shared + 1);
            }
            else if (small[i] < large[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared;
    }

    private static bool IsUnspaced(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF';
}
