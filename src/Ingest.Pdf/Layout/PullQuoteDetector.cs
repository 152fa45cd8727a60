using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Layout;

/// <summary>
/// A pull quote repeats words of the body near it: a body block of at least <see cref="PdfLayoutOptions.MinQuoteWords"/>
/// words whose word 4-grams are (nearly all) found in one longer body block of the same or a neighbouring page is
/// marked <see cref="PdfBlockRole.DuplicateQuote"/>, so that its text is kept once.
/// </summary>
internal static class PullQuoteDetector
{
    private const int Gram = 4;
    private const double Covered = 0.8;

    public static List<PdfPageLayout> Assign(List<PdfPageLayout> pages, PdfLayoutOptions options)
    {
        var words = pages.ConvertAll(page => page.Blocks.Select(b => b.Role == PdfBlockRole.Body ? Words(b) : []).ToList());
        var grams = new List<HashSet<string>?[]>(pages.Count);
        foreach (var pageWords in words)
        {
            grams.Add(new HashSet<string>?[pageWords.Count]);
        }
        Dictionary<(int, int), string>? quotes = null;
        for (var p = 0; p < pages.Count; p++)
        {
            for (var b = 0; b < words[p].Count; b++)
            {
                var quote = words[p][b];
                if (quote.Count < options.MinQuoteWords)
                {
                    continue;
                }
                var source = FindSource(words, grams, p, b, options);
                if (source is { } s && IsSetApart(pages[p].Blocks[b], pages[s.Page].Blocks[s.Block]))
                {
                    (quotes ??= [])[(p, b)] = string.Create(CultureInfo.InvariantCulture,
                        $"repeats words of a longer block on page {pages[s.Page].Number}");
                }
            }
        }
        if (quotes is null)
        {
            return pages;
        }
        return [.. pages.Select((page, p) => page with
        {
            Blocks = [.. page.Blocks.Select((block, b) => quotes.TryGetValue((p, b), out var reason)
                ? block with { Role = PdfBlockRole.DuplicateQuote, RoleReason = reason } : block)],
        })];
    }

    private static (int Page, int Block)? FindSource(List<List<List<string>>> words, List<HashSet<string>?[]> grams, int page, int block,
        PdfLayoutOptions options)
    {
        var quote = words[page][block];
        var quoteGrams = new List<string>(quote.Count);
        for (var i = 0; i + Gram <= quote.Count; i++)
        {
            quoteGrams.Add(string.Join(' ', quote.GetRange(i, Gram)));
        }
        for (var p = Math.Max(0, page - 1); p <= Math.Min(words.Count - 1, page + 1); p++)
        {
            for (var b = 0; b < words[p].Count; b++)
            {
                if ((p == page && b == block) || words[p][b].Count < 1.5 * quote.Count)
                {
                    continue;
                }
                var set = grams[p][b] ??= GramsOf(words[p][b]);
                if (quoteGrams.Count(set.Contains) >= Covered * quoteGrams.Count)
                {
                    return (p, b);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A pull quote is set in another size or style, or the text flows around it: a line of the block it repeats
    /// stands level with it, beside it, shorter than that block's full width. A heading that repeats words of its
    /// paragraph, or a block level with the other column, is neither.
    /// </summary>
    private static bool IsSetApart(PdfTextBlock quote, PdfTextBlock source)
    {
        if (Math.Abs(quote.FontSize - source.FontSize) > 0.15 * source.FontSize || (quote.IsItalic && !source.IsItalic))
        {
            return true;
        }
        if (quote.Page != source.Page)
        {
            return false;
        }
        foreach (var line in source.Lines)
        {
            var levelWith = line.Box.Bottom > quote.Box.Top && line.Box.Top < quote.Box.Bottom;
            var beside = line.Box.Right <= quote.Box.Left || line.Box.Left >= quote.Box.Right;
            if (levelWith && beside && line.Box.Width < source.Box.Width - quote.Box.Width)
            {
                return true;
            }
        }
        return false;
    }

    private static HashSet<string> GramsOf(List<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Gram <= words.Count; i++)
        {
            set.Add(string.Join(' ', words.GetRange(i, Gram)));
        }
        return set;
    }

    /// <summary>Lower-case words without punctuation; a word hyphenated at a line end is joined.</summary>
    private static List<string> Words(PdfTextBlock block)
    {
        var result = new List<string>();
        var pending = "";
        foreach (var line in block.Lines)
        {
            var tokens = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = pending + tokens[i];
                pending = "";
                if (i == tokens.Length - 1 && token.Length > 1 && token[^1] == '-' && char.IsLetter(token[^2]))
                {
                    pending = token[..^1];
                    continue;
                }
                if (Clean(token) is { Length: > 0 } word)
                {
                    result.Add(word);
                }
            }
        }
        if (Clean(pending) is { Length: > 0 } last)
        {
            result.Add(last);
        }
        return result;
    }

    private static string Clean(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
