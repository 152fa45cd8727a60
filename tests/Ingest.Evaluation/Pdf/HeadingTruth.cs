namespace Ingest.Evaluation.Pdf;

/// <summary>One heading a PDF sample is known to have: its level and its printed text (number included), and the page it is on where that is known.</summary>
internal sealed record HeadingTruth(int Level, string Text, int? Page = null)
{
    /// <summary>Whether <paramref name="found"/> may be this heading by its page: a bookmark points at the heading's page or the one before (a heading at a page's top).</summary>
    public bool OnPageOf(HeadingTruth found) => Page is not { } page || found.Page is not { } at || at == page || at == page + 1;

    /// <summary>Lower-case letters and digits, words separated by single spaces: how found and known headings are compared.</summary>
    public static string Key(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return string.Join(' ', words);
    }

    /// <summary>Reads <c>NAME.outline.txt</c>: one heading a line, its level as that many <c>#</c>.</summary>
    public static List<HeadingTruth> Read(string file) =>
        [.. File.ReadAllLines(file).Where(l => l.StartsWith('#')).Select(l =>
        {
            var level = l.TakeWhile(c => c == '#').Count();
            return new HeadingTruth(level, l[level..].Trim());
        })];
}
