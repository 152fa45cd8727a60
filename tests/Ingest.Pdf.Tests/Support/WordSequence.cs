using System.Text;

namespace Ingest.Pdf.Tests.Support;

/// <summary>
/// Word sequences and the reading-order score of tests/Ingest.Pdf.Tools/reading_order.py: words after NFC (each CJK
/// character a word), line-end hyphenation undone where the known text has the joined word, and the longest common
/// subsequence over the known text's length.
/// </summary>
internal static class WordSequence
{
    public static List<string> Of(string text, HashSet<string>? vocabulary = null)
    {
        var result = new List<string>();
        string? pending = null;
        foreach (var rawLine in text.Normalize(NormalizationForm.FormC).Split('\n'))
        {
            var line = Tokens(rawLine);
            if (line.Count == 0)
            {
                continue;
            }
            if (pending is not null)
            {
                var joined = pending[..^1] + line[0];
                if (vocabulary!.Contains(joined) || vocabulary.Contains(pending + line[0]))
                {
                    line[0] = vocabulary.Contains(joined) ? joined : pending + line[0];
                }
                else
                {
                    result.Add(pending);
                }
                pending = null;
            }
            var last = line[^1];
            if (vocabulary is not null && last.Length > 1 && last[^1] == '-' && char.IsLetter(last[^2]))
            {
                pending = last;
                line.RemoveAt(line.Count - 1);
            }
            result.AddRange(line);
        }
        if (pending is not null)
        {
            result.Add(pending);
        }
        return result;
    }

    /// <summary>LCS of the words of <paramref name="extracted"/> and <paramref name="known"/>, over the known words.</summary>
    public static double ReadingOrderScore(string extracted, string known)
    {
        var want = Of(known);
        var got = Of(extracted, [.. want]);
        var previous = new int[got.Count + 1];
        var current = new int[got.Count + 1];
        foreach (var word in want)
        {
            for (var j = 1; j <= got.Count; j++)
            {
                current[j] = word == got[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return want.Count == 0 ? 1 : (double)previous[got.Count] / want.Count;
    }

    private static List<string> Tokens(string line)
    {
        var result = new List<string>();
        foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var run = new StringBuilder();
            foreach (var c in word)
            {
                if (c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60')
                {
                    if (run.Length > 0)
                    {
                        result.Add(run.ToString());
                        run.Clear();
                    }
                    result.Add(c.ToString());
                }
                else
                {
                    run.Append(c);
                }
            }
            if (run.Length > 0)
            {
                result.Add(run.ToString());
            }
        }
        return result;
    }
}
