using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Repair;

/// <summary>On a laid-out document (PDF): removes page furniture and repeated pull quotes, and joins a paragraph that a page or column break cut.</summary>
/// <remarks>
/// Works on the decoded text, whose regions the layout names. Between two body regions in reading order, a gap that
/// holds furniture is replaced by a plain separator (a form feed across pages, a blank line within one), and each
/// removed region is recorded with its page and the layout's reason. Where the two body regions stand on different
/// pages or columns, or only furniture stood between them, and the first does not end its sentence while both are set
/// in the same font size and weight, the gap becomes a line break: one paragraph, recorded as a join. Hyphens left at
/// the end of the first are joined later by <see cref="BreakJoiner"/> like any line end.
/// </remarks>
public static class PageCleaner
{
    public const string FurnitureKind = "page-furniture";
    public const string QuoteKind = "duplicate-quote";

    /// <summary>Font sizes within this many points count as the same size.</summary>
    private const double SizeTolerance = 0.6;

    public static RepairPass Clean(string text, DocumentLayout? layout, RepairOptions options)
    {
        var editor = new TextEditor(text);
        var repairs = ImmutableArray.CreateBuilder<Model.Repair>();
        if (layout is null || layout.Regions.IsEmpty)
        {
            return RepairPass.From(editor, repairs.ToImmutable());
        }
        LayoutRegion? previous = null;
        var gapStart = 0;
        var furniture = new List<LayoutRegion>();
        foreach (var region in layout.Regions)
        {
            if (region.Role != RegionRole.Body)
            {
                furniture.Add(region);
                continue;
            }
            CloseGap(text, editor, repairs, previous, region, gapStart, furniture, options);
            previous = region;
            gapStart = region.Span.End;
            furniture.Clear();
        }
        CloseGap(text, editor, repairs, previous, null, gapStart, furniture, options);
        return RepairPass.From(editor, repairs.ToImmutable());
    }

    private static void CloseGap(string text, TextEditor editor, ImmutableArray<Model.Repair>.Builder repairs,
        LayoutRegion? before, LayoutRegion? after, int gapStart, List<LayoutRegion> furniture, RepairOptions options)
    {
        var gapEnd = after?.Span.Start ?? text.Length;
        foreach (var region in furniture)
        {
            repairs.Add(Removed(text, region));
        }
        if (before is not null && after is not null && options.JoinParagraphs && IsCut(text, before, after, furniture.Count > 0))
        {
            editor.Replace(gapStart, gapEnd, "\n");
            var where = after.Page != before.Page
                ? string.Create(CultureInfo.InvariantCulture, $"the break from page {before.Page} to {after.Page}")
                : furniture.Count > 0 ? "a pull quote or repeated block" : "a column break";
            repairs.Add(new Model.Repair(BreakJoiner.ParagraphKind, Span.Chars(gapStart, gapEnd), gapEnd - gapStart,
                $"joined a paragraph cut by {where} before '{Snippet(text, after.Span)}'"));
            return;
        }
        if (furniture.Count == 0)
        {
            return;
        }
        // What stays between two body regions: nothing at either end of the text, else the break the pages or blocks had.
        var separator = before is null || after is null ? "" : after.Page != before.Page ? "\f" : "\n\n";
        editor.Replace(gapStart, gapEnd, separator);
    }

    /// <summary>The body region <paramref name="after"/> continues <paramref name="before"/>'s sentence past a page, column or pull-quote break.</summary>
    private static bool IsCut(string text, LayoutRegion before, LayoutRegion after, bool furnitureBetween)
    {
        var broken = after.Page != before.Page || after.Column != before.Column || furnitureBetween;
        if (!broken || before.LineCount < 2 || Math.Abs(before.FontSize - after.FontSize) > SizeTolerance
            || before.IsBold != after.IsBold || after.Span.Length == 0)
        {
            return false;
        }
        var last = text[before.Span.End - 1];
        var first = text[after.Span.Start];
        // A sentence runs on when the first part stops on a letter, digit, comma, semicolon or hyphen and the second
        // starts with a letter or digit; upper case is allowed (German nouns), a bullet or a quote mark is not.
        return (char.IsLetterOrDigit(last) || last is ',' or ';' or '-' or '\u2010') && char.IsLetterOrDigit(first);
    }

    private static Model.Repair Removed(string text, LayoutRegion region)
    {
        var what = region.Role switch
        {
            RegionRole.RunningHeader => "running header",
            RegionRole.RunningFooter => "running footer",
            RegionRole.PageNumber => "page number",
            RegionRole.DuplicateQuote => "pull quote repeating the body text",
            _ => "repeated block",
        };
        var why = region.RoleReason is { Length: > 0 } reason ? $" ({reason})" : string.Empty;
        return new Model.Repair(region.Role == RegionRole.DuplicateQuote ? QuoteKind : FurnitureKind, region.Span, region.Span.Length,
            string.Create(CultureInfo.InvariantCulture, $"removed {what} '{Snippet(text, region.Span)}' on page {region.Page}{why}"));
    }

    private static string Snippet(string text, Span span)
    {
        var end = Math.Min(span.End, span.Start + 40);
        return text[span.Start..end].Replace('\n', ' ') + (end < span.End ? "…" : string.Empty);
    }
}
