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
        // Per page, each block's word 4-grams as hashes; an index from gram to the blocks holding it.
        var grams = pages.ConvertAll(page => page.Blocks.Select(b => b.Role == PdfBlockRole.Body ? GramsOf(Words(b)) : []).ToList());
        var index = new Dictionary<long, List<(int Page, int Block)>>();
        for (var p = 0; p < pages.Count; p++)
        {
            for (var b = 0; b < grams[p].Count; b++)
            {
                foreach (var gram in grams[p][b].Distinct())
                {
                    if (!index.TryGetValue(gram, out var list))
                    {
                        index[gram] = list = [];
                    }
                    list.Add((p, b));
                }
            }
        }
        Dictionary<(int, int), string>? quotes = null;
        var hits = new Dictionary<(int Page, int Block), int>();
        for (var p = 0; p < pages.Count; p++)
        {
            for (var b = 0; b < grams[p].Count; b++)
            {
                var quote = grams[p][b];
                if (quote.Length + Gram - 1 < options.MinQuoteWords)
                {
                    continue;
                }
                hits.Clear();
                foreach (var gram in quote.Distinct())
                {
                    foreach (var place in index[gram])
                    {
                        if (Math.Abs(place.Page - p) <= 1 && place != (p, b))
                        {
                            hits[place] = hits.GetValueOrDefault(place) + 1;
                        }
                    }
                }
                foreach (var (place, count) in hits.OrderBy(h => h.Key))
                {
                    var source = pages[place.Page].Blocks[place.Block];
                    if (count >= Covered * quote.Distinct().Count() && grams[place.Page][place.Block].Length >= 1.5 * quote.Length
                        && IsSetApart(pages[p].Blocks[b], source))
                    {
                        (quotes ??= [])[(p, b)] = string.Create(CultureInfo.InvariantCulture,
                            $"repeats words of a longer block on page {source.Page}");
                        break;
                    }
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

    /// <summary>Hashes of the word 4-grams, in order (stable across runs: ordinal string hashing is not).</summary>
    private static long[] GramsOf(List<string> words)
    {
        if (words.Count < Gram)
        {
            return [];
        }
        var hashes = words.ConvertAll(StableHash);
        var result = new long[words.Count - Gram + 1];
        for (var i = 0; i < result.Length; i++)
        {
            var hash = 17L;
            for (var k = 0; k < Gram; k++)
            {
                hash = (hash * 1_000_003L) ^ hashes[i + k];
            }
            result[i] = hash;
        }
        return result;
    }

    private static long StableHash(string word)
    {
        var hash = unchecked((long)14695981039346656037UL);
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211L;
        }
        return hash;
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
