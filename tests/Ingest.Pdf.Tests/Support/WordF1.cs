using System.Text;

namespace Ingest.Pdf.Tests.Support;

/// <summary>Word-level F1 of two texts (multisets of words after NFC; each CJK character is a word), as tools/pdf/evaluate.py.</summary>
internal static class WordF1
{
    public static double Score(string extracted, string known)
    {
        var got = Words(extracted);
        var want = Words(known);
        var common = got.Sum(pair => Math.Min(pair.Value, want.GetValueOrDefault(pair.Key)));
        if (common == 0)
        {
            return 0;
        }
        var precision = (double)common / got.Values.Sum();
        var recall = (double)common / want.Values.Sum();
        return 2 * precision * recall / (precision + recall);
    }

    public static Dictionary<string, int> Words(string text)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string word) => result[word] = result.GetValueOrDefault(word) + 1;
        foreach (var word in text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var run = new StringBuilder();
            foreach (var c in word)
            {
                if (IsCjk(c))
                {
                    if (run.Length > 0)
                    {
                        Add(run.ToString());
                        run.Clear();
                    }
                    Add(c.ToString());
                }
                else
                {
                    run.Append(c);
                }
            }
            if (run.Length > 0)
            {
                Add(run.ToString());
            }
        }
        return result;
    }

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60';
}
