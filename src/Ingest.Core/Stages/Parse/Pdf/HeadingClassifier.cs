using Ingest.Core.Model;
using Ingest.Core.Stages.Sections;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>Decides which blocks of a PDF are headings, and their levels, from the document's own font statistics, numbering and declared outline.</summary>
/// <remarks>
/// <para>The body style is the size and weight covering most characters. A block is prominent when it is set larger than
/// the body (by <see cref="MinSizeRatio"/>) or bold where the body is not; a prominent block is a heading when it is
/// short (<see cref="ParseOptions.MaxHeadingLength"/>, <see cref="ParseOptions.MaxHeadingWords"/>, at most
/// <see cref="MaxHeadingLines"/> lines) and does not end like a sentence.</para>
/// <para>Levels: a block matching a bookmark (or tagged heading) takes its level. Other headings take the level their
/// style has among matched headings (the most common); a style no heading matched ranks by size and weight, one level
/// below the deepest matched style larger than it. Without any outline the styles simply rank: largest is level 1.
/// In a document set in one style throughout, the bookmarks alone name the headings.</para>
/// <para>A body-style line that is numbered like a section ("3.1 Jobteam") is a heading without level, as in plain
/// text: the number nests it. A bold line of body size in a row of short blocks side by side is a table cell
/// (<see cref="TableCells"/>), not a heading; nor is a line of a printed table of contents (<see cref="ContentsEntries"/>),
/// whatever its style; nor a bold label set smaller than the body that recurs ("Parameters", "Returns"); nor a date,
/// version or address line of the title page (<see cref="TitlePageLines"/>).</para>
/// </remarks>
internal sealed class HeadingClassifier(ParseOptions options)
{
    /// <summary>A block at least this much larger than the body text stands out as a heading (one step of LaTeX's sizes at 11 pt, \large, is 1.09).</summary>
    private const double MinSizeRatio = 1.05;

    private const int MaxHeadingLines = 3;

    /// <summary>A bold label smaller than the body met this many times is no heading (<see cref="RepeatedLabels"/>).</summary>
    private const int MinLabelRepeats = 3;

    /// <summary>Not a heading.</summary>
    public const int None = -1;

    /// <summary>For each chunk: <see cref="None"/>, 0 for a heading that its number alone nests, or its level (1 = top).</summary>
    public int[] Classify(IReadOnlyList<PdfChunk> chunks, DocumentLayout layout)
    {
        var body = BodyStyle(layout);
        var declared = new DeclaredHeadings(layout);
        var cells = new TableCells(layout);
        var contents = new ContentsEntries(chunks);
        var levels = new int[chunks.Count];
        var styles = new HeadingStyle?[chunks.Count];
        var matched = new Dictionary<HeadingStyle, Dictionary<int, int>>();
        for (var i = 0; i < chunks.Count; i++)
        {
            levels[i] = None;
            var chunk = chunks[i];
            if (chunk.Region is not { } region || !IsShort(chunk, region))
            {
                continue;
            }
            var style = HeadingStyle.Of(region);
            if (IsMonospaced(region.FontName) && style.Size < body.Size * MinSizeRatio)
            {
                // Code, commands and file listings: set apart by their face, not their size; never a heading. (A manual
                // may set its headings for commands in a larger typewriter face, "2.5.2 \catcodetable".)
                continue;
            }
            if (style == body)
            {
                // One line only: a block of several numbered lines is a list, not a heading.
                levels[i] = region.LineCount == 1 && IsNumberedTitle(chunk.Text) && !contents.IsEntry(chunk) ? 0 : None;
                continue;
            }
            if (declared.Match(chunk.Text, region.Page) is { } level)
            {
                levels[i] = level;
                styles[i] = style;
                var counts = matched.TryGetValue(style, out var c) ? c : matched[style] = [];
                counts[level] = counts.GetValueOrDefault(level) + 1;
                continue;
            }
            if (IsProminent(style, body) && !TextCues.EndsLikeSentence(chunk.Text.TrimEnd(':'))
                && (style.Size >= body.Size * MinSizeRatio || !cells.InRow(region)) && !contents.IsEntry(chunk)
                && !TitlePageLines.IsByline(chunk))
            {
                styles[i] = style;
                levels[i] = 0;
            }
        }
        RepeatedLabels(chunks, levels, styles, body);
        if (matched.Count == 0 && styles.Count(st => st is not null) < 2 && !declared.IsEmpty)
        {
            // A document set in one style throughout that has bookmarks: they are the only evidence of its headings.
            for (var i = 0; i < chunks.Count; i++)
            {
                if (chunks[i].Region is { } region && levels[i] <= 0 && IsShort(chunks[i], region) && declared.Match(chunks[i].Text, region.Page) is { } level)
                {
                    (levels[i], styles[i]) = (level, null);
                }
            }
        }
        var styleLevels = StyleLevels(styles.OfType<HeadingStyle>().Distinct(), matched);
        for (var i = 0; i < chunks.Count; i++)
        {
            if (levels[i] == 0 && styles[i] is { } style)
            {
                levels[i] = styleLevels[style];
            }
        }
        return levels;
    }

    /// <summary>
    /// Drops the undeclared, unnumbered bold headings set smaller than the body whose text comes back
    /// <see cref="MinLabelRepeats"/> times or more: the "Parameters" and "Returns" above each function of a reference.
    /// (Repeated titles at body size or larger are kept: Doxygen's "Detailed Description" in every class, a slide's
    /// title on each of its pages.)
    /// </summary>
    private static void RepeatedLabels(IReadOnlyList<PdfChunk> chunks, int[] levels, HeadingStyle?[] styles, HeadingStyle body)
    {
        var labels = Enumerable.Range(0, chunks.Count)
            .Where(i => levels[i] == 0 && styles[i] is { } style && style.Size < body.Size && HeadingNumber.Split(chunks[i].Text).Number is null)
            .GroupBy(i => TitleMatcher.Key(chunks[i].Text))
            .Where(g => g.Count() >= MinLabelRepeats);
        foreach (var i in labels.SelectMany(g => g))
        {
            (levels[i], styles[i]) = (None, null);
        }
    }

    private bool IsShort(PdfChunk chunk, LayoutRegion region) =>
        chunk.Regions == 1 && region.LineCount <= MaxHeadingLines && chunk.Text.Length <= options.MaxHeadingLength
        && TextCues.Words(chunk.Text) <= options.MaxHeadingWords && chunk.Text.Any(char.IsLetterOrDigit)
        && PlainTextBlockParser.BulletOf(chunk.Text) is null;

    /// <summary>Typewriter faces by their names: Courier, the TeX families (CMTT, LMMono, SFTT, txtt), DejaVu/Liberation/Noto Mono, Consolas, Menlo…</summary>
    internal static bool IsMonospaced(string fontName)
    {
        var name = fontName[(fontName.IndexOf('+') + 1)..];
        return name.Contains("mono", StringComparison.OrdinalIgnoreCase) || name.Contains("courier", StringComparison.OrdinalIgnoreCase)
            || name.Contains("typewriter", StringComparison.OrdinalIgnoreCase) || name.Contains("consol", StringComparison.OrdinalIgnoreCase)
            || name.Contains("menlo", StringComparison.OrdinalIgnoreCase) || name.Contains("code", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("CMTT", StringComparison.OrdinalIgnoreCase) || name.StartsWith("SFTT", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("txtt", StringComparison.OrdinalIgnoreCase) || name.StartsWith("ectt", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsProminent(HeadingStyle style, HeadingStyle body) =>
        style.Size >= body.Size * MinSizeRatio || (style.Bold && !body.Bold && style.Size >= body.Size * 0.9);

    private static bool IsNumberedTitle(string text)
    {
        var (number, title) = HeadingNumber.Split(text);
        return number is not null && TextCues.StartsLikeTitle(title) && !TextCues.EndsLikeSentence(title);
    }

    /// <summary>The style covering most characters of the body regions, at the layout's body font size when it has one.</summary>
    private static HeadingStyle BodyStyle(DocumentLayout layout)
    {
        var chars = new Dictionary<HeadingStyle, int>();
        foreach (var region in layout.Regions.Where(r => r.Role == RegionRole.Body))
        {
            var style = HeadingStyle.Of(region);
            chars[style] = chars.GetValueOrDefault(style) + region.Span.Length;
        }
        if (chars.Count == 0)
        {
            return new HeadingStyle(Math.Round(layout.BodyFontSize * 2) / 2, false);
        }
        return chars.OrderByDescending(c => c.Value).ThenBy(c => c.Key, Comparer<HeadingStyle>.Create(HeadingStyle.Compare)).First().Key;
    }

    private static Dictionary<HeadingStyle, int> StyleLevels(IEnumerable<HeadingStyle> styles, Dictionary<HeadingStyle, Dictionary<int, int>> matched)
    {
        var ordered = styles.Order(Comparer<HeadingStyle>.Create(HeadingStyle.Compare)).ToList();
        var levels = new Dictionary<HeadingStyle, int>();
        var deepest = 0;
        foreach (var style in ordered)
        {
            if (matched.TryGetValue(style, out var counts))
            {
                // The level most headings of this style were declared at; ties go to the shallower level.
                var level = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
                levels[style] = level;
                deepest = Math.Max(deepest, level);
            }
            else
            {
                levels[style] = Math.Min(6, ++deepest);
            }
        }
        return levels;
    }
}
