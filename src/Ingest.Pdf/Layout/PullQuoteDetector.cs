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
        // Only blocks that could be set apart are compared, and each block's 4-grams are computed once, when needed.
        var grams = new Dictionary<(int Page, int Block), HashSet<long>>();
        HashSet<long> GramsAt(int page, int block) =>
            grams.TryGetValue((page, block), out var set) ? set : grams[(page, block)] = [.. GramsOf(Words(pages[page].Blocks[block]))];
        Dictionary<(int, int), string>? quotes = null;
        for (var p = 0; p < pages.Count; p++)
        {
            var bodySize = BodySize(pages[p]);
            for (var b = 0; b < pages[p].Blocks.Length; b++)
            {
                var block = pages[p].Blocks[b];
                if (block.Role != PdfBlockRole.Body || !MaybeSetApart(pages[p], block, bodySize))
                {
                    continue;
                }
                var quote = GramsAt(p, b);
                if (quote.Count + Gram - 1 < options.MinQuoteWords)
                {
                    continue;
                }
                for (var q = Math.Max(0, p - 1); q <= Math.Min(pages.Count - 1, p + 1) && !(quotes?.ContainsKey((p, b)) ?? false); q++)
                {
                    for (var c = 0; c < pages[q].Blocks.Length; c++)
                    {
                        var source = pages[q].Blocks[c];
                        if ((q == p && c == b) || source.Role != PdfBlockRole.Body || source.Lines.Sum(l => l.Text.Length) < 1.5 * block.Lines.Sum(l => l.Text.Length))
                        {
                            continue;
                        }
                        var sourceGrams = GramsAt(q, c);
                        if (quote.Count(sourceGrams.Contains) >= Covered * quote.Count && IsSetApart(block, source))
                        {
                            (quotes ??= [])[(p, b)] = string.Create(CultureInfo.InvariantCulture,
                                $"repeats words of a longer block on page {source.Page}");
                            break;
                        }
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

    /// <summary>The font size covering most characters of the page's blocks.</summary>
    private static double BodySize(PdfPageLayout page)
    {
        var sizes = new DominantFont();
        foreach (var block in page.Blocks)
        {
            foreach (var line in block.Lines)
            {
                sizes.Add(line.FontSize, "", false, false, line.Text.Length);
            }
        }
        return sizes.Result().Size;
    }

    /// <summary>
    /// Cheap test before any word is compared: larger or smaller italic (not bold: headings are bold), or text flowing
    /// around it.
    /// </summary>
    private static bool MaybeSetApart(PdfPageLayout page, PdfTextBlock quote, double bodySize)
    {
        if (quote.IsItalic && !quote.IsBold && Math.Abs(quote.FontSize - bodySize) > 0.15 * bodySize)
        {
            return true;
        }
        foreach (var other in page.Blocks)
        {
            if (!ReferenceEquals(other, quote) && other.Role == PdfBlockRole.Body && IsWrappedAround(other, quote))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A line of <paramref name="flow"/> stands level with the quote, beside it, shorter than the flow's full width.</summary>
    private static bool IsWrappedAround(PdfTextBlock flow, PdfTextBlock quote)
    {
        foreach (var line in flow.Lines)
        {
            var levelWith = line.Box.Bottom > quote.Box.Top && line.Box.Top < quote.Box.Bottom;
            var beside = line.Box.Right <= quote.Box.Left || line.Box.Left >= quote.Box.Right;
            if (levelWith && beside && line.Box.Width < flow.Box.Width - quote.Box.Width)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A pull quote is set in another size and in italic (not bold), or the text flows around it: a line of the block it repeats
    /// stands level with it, beside it, shorter than that block's full width. A heading that repeats words of its
    /// paragraph, or a block level with the other column, is neither.
    /// </summary>
    private static bool IsSetApart(PdfTextBlock quote, PdfTextBlock source)
    {
        if (quote.IsItalic && !quote.IsBold && !source.IsItalic && Math.Abs(quote.FontSize - source.FontSize) > 0.15 * source.FontSize)
        {
            return true;
        }
        return quote.Page == source.Page && IsWrappedAround(source, quote);
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
