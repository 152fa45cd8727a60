using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Page furniture across the document: a block in the top or bottom band of its page whose text, with digits
/// masked, comes back at about the same height on enough pages is a running header or footer, or a page number when
/// its number counts up with the pages; a short block repeated word for word at the same place elsewhere on the page
/// is a repeated artifact (a logo's text, a credit line).
/// </summary>
internal static partial class FurnitureDetector
{
    private const double EdgeBand = 0.2;

    public static List<PdfPageLayout> Assign(List<PdfPageLayout> pages, PdfLayoutOptions options)
    {
        var needed = Math.Max(2, (int)Math.Ceiling(options.FurniturePageShare * pages.Count));
        if (pages.Count < 2)
        {
            return [.. pages.Select(MarkLonePageNumber)];
        }
        var candidates = new Dictionary<string, List<(int Page, int Block)>>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            for (var b = 0; b < page.Blocks.Length; b++)
            {
                if (KeyOf(page, page.Blocks[b]) is { } key)
                {
                    if (!candidates.TryGetValue(key, out var list))
                    {
                        candidates[key] = list = [];
                    }
                    list.Add((p, b));
                }
            }
        }
        var roles = new Dictionary<(int Page, int Block), (PdfBlockRole Role, string Reason)>();
        foreach (var (key, found) in candidates.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var atPlace = AtUsualPlace(pages, found);
            var pageCount = atPlace.Select(f => f.Page).Distinct().Count();
            if (pageCount < needed || RoleOf(pages, key, atPlace) is not { } role)
            {
                continue;
            }
            if (pageCount < 3 && !SamePlace(pages, atPlace))
            {
                // Two pages are thin evidence: the two blocks must sit exactly at the same place.
                continue;
            }
            var where = key[0] switch
            {
                'T' => "at the top of",
                'B' => "at the bottom of",
                _ => "at the same place on",
            };
            var reason = role == PdfBlockRole.PageNumber
                ? $"page number {where} {pageCount} of {pages.Count} pages, counting up"
                : $"same text {where} {pageCount} of {pages.Count} pages";
            foreach (var place in atPlace)
            {
                roles.TryAdd(place, (role, reason));
            }
        }
        AddPageNumberBearers(pages, roles, needed);
        if (roles.Count == 0)
        {
            return pages;
        }
        AddCompanions(pages, roles);
        return [.. pages.Select((page, p) => page with
        {
            Blocks = [.. page.Blocks.Select((block, b) => roles.TryGetValue((p, b), out var r)
                ? block with { Role = r.Role, RoleReason = r.Reason } : block)],
        })];
    }

    /// <summary>
    /// Blocks in the top or bottom band that begin or end with the page's own number, counted with one offset on enough
    /// pages: "26 Basic TEX enhancements" on even pages and "Basic TEX enhancements 27" on odd ones, with the chapter
    /// changing, never repeat as text, but their numbers keep step with the pages.
    /// </summary>
    private static void AddPageNumberBearers(List<PdfPageLayout> pages, Dictionary<(int Page, int Block), (PdfBlockRole Role, string Reason)> roles, int needed)
    {
        var bearers = new Dictionary<(char Band, int Offset), List<(int Page, int Block)>>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            for (var b = 0; b < page.Blocks.Length; b++)
            {
                var block = page.Blocks[b];
                var band = BandOf(page, block.Box);
                if (band == 'M' || block.Lines.Length > 2 || roles.ContainsKey((p, b)))
                {
                    continue;
                }
                foreach (var number in EdgeNumbers(block.Text).Distinct())
                {
                    var key = (band, number - p);
                    if (!bearers.TryGetValue(key, out var list))
                    {
                        bearers[key] = list = [];
                    }
                    list.Add((p, b));
                }
            }
        }
        foreach (var ((band, _), found) in bearers.OrderByDescending(b => b.Value.Count).ThenBy(b => b.Key))
        {
            var atPlace = AtUsualPlace(pages, found).FindAll(f => !roles.ContainsKey(f));
            var pageCount = atPlace.Select(f => f.Page).Distinct().Count();
            if (pageCount < Math.Max(3, needed))
            {
                continue;
            }
            var reason = $"carries the page number {(band == 'T' ? "at the top of" : "at the bottom of")} {pageCount} of {pages.Count} pages";
            foreach (var (p, b) in atPlace)
            {
                // A bearer of one word is the number itself.
                var onlyNumber = pages[p].Blocks[b].Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length == 1;
                roles[(p, b)] = (onlyNumber ? PdfBlockRole.PageNumber : band == 'T' ? PdfBlockRole.RunningHeader : PdfBlockRole.RunningFooter, reason);
            }
        }
    }

    /// <summary>The numbers (arabic, or roman in lower or upper case) that open or close the text.</summary>
    private static IEnumerable<int> EdgeNumbers(string text)
    {
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield break;
        }
        foreach (var word in words.Length == 1 ? [words[0]] : new[] { words[0], words[^1] })
        {
            if (word.Length is > 0 and < 6 && word.All(char.IsDigit))
            {
                yield return DecimalValue(word);
            }
            else if (IsRoman(word) && (word == word.ToLowerInvariant() || word == word.ToUpperInvariant()) && RomanValue(word.ToLowerInvariant()) is { } roman)
            {
                yield return roman;
            }
        }
    }

    /// <summary>
    /// A short block in the top or bottom band that sits on the same row as a page number or running header or footer
    /// of its page belongs to it: the chapter title a book prints beside the page number ("3 INSTALLATION ... 7")
    /// changes with the chapter, so its text alone does not come back on enough pages.
    /// </summary>
    private static void AddCompanions(List<PdfPageLayout> pages, Dictionary<(int Page, int Block), (PdfBlockRole Role, string Reason)> roles)
    {
        foreach (var ((p, b), (role, _)) in roles.Where(r => r.Value.Role is not PdfBlockRole.RepeatedArtifact).ToList())
        {
            var page = pages[p];
            var anchor = page.Blocks[b].Box;
            var band = BandOf(page, anchor);
            if (band == 'M')
            {
                continue;
            }
            for (var other = 0; other < page.Blocks.Length; other++)
            {
                var box = page.Blocks[other].Box;
                var sameRow = Math.Min(box.Bottom, anchor.Bottom) - Math.Max(box.Top, anchor.Top) > 0.5 * Math.Min(box.Height, anchor.Height);
                if (other != b && sameRow && page.Blocks[other].Lines.Length <= 2 && !roles.ContainsKey((p, other)))
                {
                    roles[(p, other)] = (band == 'T' ? PdfBlockRole.RunningHeader : PdfBlockRole.RunningFooter,
                        role == PdfBlockRole.PageNumber ? "beside the page number of its page" : "beside the running header or footer of its page");
                }
            }
        }
    }

    /// <summary>T when the box lies in the top band of the page, B in the bottom band, M elsewhere.</summary>
    private static char BandOf(PdfPageLayout page, PdfBox box) =>
        box.Bottom <= page.Height * EdgeBand ? 'T' : box.Top >= page.Height * (1 - EdgeBand) ? 'B' : 'M';

    /// <summary>Band letter (T top, B bottom, M elsewhere) and the text with digits and roman numerals masked; null when not a candidate.</summary>
    private static string? KeyOf(PdfPageLayout page, PdfTextBlock block)
    {
        var band = BandOf(page, block.Box);
        if (block.Lines.Length > (band == 'M' ? 2 : 3))
        {
            return null;
        }
        if (band == 'M')
        {
            // Elsewhere on the page only exact repetitions at the same place count.
            return string.Create(CultureInfo.InvariantCulture,
                $"M:{Math.Round(block.Box.Left / 4)},{Math.Round(block.Box.Top / 4)}:{block.Text}");
        }
        var text = new StringBuilder();
        text.Append(band).Append(':');
        foreach (var word in block.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append(IsRoman(word) ? "#" : Mask(word)).Append(' ');
        }
        return text.ToString();
    }

    private static string Mask(string word)
    {
        var builder = new StringBuilder(word.Length);
        var previousDigit = false;
        foreach (var c in word)
        {
            var digit = char.IsDigit(c);
            if (!digit || !previousDigit)
            {
                builder.Append(digit ? '#' : char.ToLowerInvariant(c));
            }
            previousDigit = digit;
        }
        return builder.ToString();
    }

    private static bool IsRoman(string word) => word.Length <= 6 && word.All(c => "ivxlcdmIVXLCDM".Contains(c));

    /// <summary>The occurrences within 3% of the page height of their median height.</summary>
    private static List<(int Page, int Block)> AtUsualPlace(List<PdfPageLayout> pages, List<(int Page, int Block)> found)
    {
        var tops = found.Select(f => pages[f.Page].Blocks[f.Block].Box.Top).Order().ToList();
        var median = tops[tops.Count / 2];
        return found.FindAll(f => Math.Abs(pages[f.Page].Blocks[f.Block].Box.Top - median) <= 0.03 * pages[f.Page].Height);
    }

    /// <summary>
    /// A page number when the number counts up with the pages; a header, footer or artifact when the text is the same
    /// on every page; nothing when numbers change otherwise (numbered headings that happen to open pages).
    /// </summary>
    private static PdfBlockRole? RoleOf(List<PdfPageLayout> pages, string key, List<(int Page, int Block)> found)
    {
        if (key[0] != 'M' && key.Contains('#', StringComparison.Ordinal))
        {
            if (CountsUp(pages, found))
            {
                return PdfBlockRole.PageNumber;
            }
            var first = pages[found[0].Page].Blocks[found[0].Block].Text;
            if (!found.TrueForAll(f => pages[f.Page].Blocks[f.Block].Text == first))
            {
                return null;
            }
        }
        return key[0] switch
        {
            'T' => PdfBlockRole.RunningHeader,
            'B' => PdfBlockRole.RunningFooter,
            _ => PdfBlockRole.RepeatedArtifact,
        };
    }

    private static bool SamePlace(List<PdfPageLayout> pages, List<(int Page, int Block)> found)
    {
        var first = pages[found[0].Page].Blocks[found[0].Block].Box;
        return found.TrueForAll(f => pages[f.Page].Blocks[f.Block].Box is var box
            && Math.Abs(box.Top - first.Top) < 1 && Math.Abs(box.Left - first.Left) < 1 && Math.Abs(box.Right - first.Right) < 1);
    }

    /// <summary>The block's first number grows with the page (arabic or roman).</summary>
    private static bool CountsUp(List<PdfPageLayout> pages, List<(int Page, int Block)> found)
    {
        var previous = (Page: -1, Number: -1);
        var rising = 0;
        foreach (var (page, block) in found.OrderBy(f => f.Page))
        {
            if (FirstNumber(pages[page].Blocks[block].Text) is not { } number)
            {
                return false;
            }
            if (previous.Page >= 0 && page != previous.Page)
            {
                if (number - previous.Number != page - previous.Page)
                {
                    return false;
                }
                rising++;
            }
            previous = (page, number);
        }
        return rising > 0;
    }

    private static int? FirstNumber(string text)
    {
        foreach (var word in text.Split([' ', '\n', '/', '-', '\u2013', '\u2014', '|'], StringSplitOptions.RemoveEmptyEntries))
        {
            var digits = new string([.. word.Where(char.IsDigit)]);
            if (digits.Length is > 0 and < 6 && digits.Length >= word.Length - 1)
            {
                return DecimalValue(digits);
            }
            if (IsRoman(word) && RomanValue(word.ToLowerInvariant()) is { } roman)
            {
                return roman;
            }
        }
        return null;
    }

    /// <summary>The value of decimal digits of any script (page numbers are printed in Devanagari or Arabic-Indic digits too).</summary>
    private static int DecimalValue(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 10 + Math.Max(0, CharUnicodeInfo.GetDecimalDigitValue(c));
        }
        return value;
    }

    private static int? RomanValue(string word)
    {
        var total = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var value = Digit(word[i]);
            var next = i + 1 < word.Length ? Digit(word[i + 1]) : 0;
            total += value < next ? -value : value;
        }
        return total > 0 ? total : null;
    }

    private static int Digit(char c) => c switch
    {
        'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, 'd' => 500, 'm' => 1000, _ => 0,
    };
}
