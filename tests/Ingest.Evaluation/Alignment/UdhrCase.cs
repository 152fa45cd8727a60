using System.Text.RegularExpressions;

namespace Ingest.Evaluation.Alignment;

/// <summary>One UDHR translation prepared for the evaluation: article numbers stripped from the headings, optionally
/// some articles deleted, and where each article starts in the written file (the truth, by construction).</summary>
internal sealed partial class UdhrCase
{
    private UdhrCase(string html, IReadOnlyList<(int Offset, int Article)> starts)
    {
        Html = html;
        Starts = starts;
    }

    /// <summary>The HTML to feed the pipeline.</summary>
    public string Html { get; }

    /// <summary>Where each part starts in <see cref="Html"/>: -1 the title, 0 the preamble, 1..30 the articles; ascending.</summary>
    public IReadOnlyList<(int Offset, int Article)> Starts { get; }

    /// <summary>Reads a declaration, strips every digit from its article headings and deletes <paramref name="delete"/> articles.</summary>
    public static UdhrCase Load(string path, IReadOnlySet<int> delete)
    {
        var html = File.ReadAllText(path);
        html = Article().Replace(html, m => delete.Contains(int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))
            ? string.Empty
            : Heading().Replace(m.Value, h => h.Groups["open"].Value + Digits().Replace(h.Groups["text"].Value, string.Empty).Trim() + h.Groups["close"].Value, 1));
        return new UdhrCase(html, StartsIn(html));
    }

    /// <summary>Where each part starts in <paramref name="text"/> (the file as written, or the pipeline's decoded text,
    /// which may differ from it by normalization: offsets must be taken in the text the spans count in).</summary>
    public static IReadOnlyList<(int Offset, int Article)> StartsIn(string html)
    {
        var starts = new List<(int, int)>();
        var title = html.IndexOf("<h1", StringComparison.Ordinal);
        if (title >= 0)
        {
            starts.Add((title, -1));
        }
        var header = html.IndexOf("<header", StringComparison.Ordinal);
        if (header >= 0)
        {
            starts.Add((header, 0));
        }
        foreach (Match match in ArticleStart().Matches(html))
        {
            starts.Add((match.Index, int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        return [.. starts.OrderBy(s => s.Item1)];
    }

    /// <summary>The part (title, preamble or article) that contains <paramref name="offset"/>, given the part starts.</summary>
    public static int PartAt(IReadOnlyList<(int Offset, int Article)> starts, int offset)
    {
        var part = int.MinValue;
        foreach (var (start, article) in starts)
        {
            if (start > offset)
            {
                break;
            }
            part = article;
        }
        return part;
    }

    /// <summary>The preamble and the articles as (part, heading, text), tags removed: sections built without the
    /// parse and sections stages, so that the aligner is measured on its own.</summary>
    public IReadOnlyList<(int Part, string Title, string Text)> Parts()
    {
        var parts = new List<(int, string, string)>();
        foreach (var ((start, part), i) in Starts.Select((s, i) => (s, i)).Where(x => x.s.Article >= 0))
        {
            var end = i + 1 < Starts.Count ? Starts[i + 1].Offset : Html.Length;
            var chunk = Html[start..end];
            var heading = Heading().Match(chunk);
            var title = heading.Success ? Tag().Replace(heading.Groups["text"].Value, string.Empty).Trim() : string.Empty;
            var body = heading.Success ? chunk[(heading.Index + heading.Length)..] : chunk;
            var text = Space().Replace(Tag().Replace(body, " "), " ").Trim();
            parts.Add((part, title, text));
        }
        return parts;
    }

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"<article data-number=""(?<n>\d+)"">.*?</article>\s*", RegexOptions.Singleline)]
    private static partial Regex Article();

    [GeneratedRegex(@"<article data-number=""(?<n>\d+)"">")]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"(?<open><h[2-6][^>]*>)(?<text>.*?)(?<close></h[2-6]>)", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\p{Nd}+")]
    private static partial Regex Digits();
}
