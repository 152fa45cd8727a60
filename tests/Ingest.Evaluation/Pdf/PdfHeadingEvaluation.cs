using System.Globalization;
using System.Security.Cryptography;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Parse.Pdf;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Stages.Sections;

namespace Ingest.Evaluation.Pdf;

/// <summary>
/// Headings recall of the PDF path, with levels. For every sample with a known outline (<c>samples/pdf/NAME.outline.txt</c>,
/// levels as the source marked them up): the headings the PDF block builder finds, before the refinements every format
/// shares (a bare "1" heading becoming a list item, a label a fact), level being the printed one (the number's depth for
/// a heading that only its number nests). For the seed reports printed to PDF: the section tree against the text seed's
/// golden outline, as far as the PDF's text goes, level being the tree level.
/// </summary>
public sealed class PdfHeadingEvaluation : IEvaluation
{
    private static readonly IDocumentStage[] Stages =
    [
        new ReadStage(new ReadOptions()), new RepairStage(new RepairOptions()), new ParseStage(new ParseOptions()),
        new SectionsStage(new SectionsOptions()),
    ];

    private static readonly (string Sample, string Seed)[] SeedPdfs =
    [
        ("seed-de", "seeds/002_1bd487e2753dbea3.txt"), ("seed-en", "seeds/004_a72fd32449421a5f.txt"),
    ];

    public string Name => "pdf-headings";

    public string Description => "headings recall with levels on the PDF samples with a known outline, and the seed PDFs' section trees";

    public int Run(string[] args)
    {
        var root = RepositoryRoot.Find();
        var samples = Path.Combine(root, "samples/pdf");
        var rows = new List<(string Sample, string Truth, HeadingRecall Score)>();
        foreach (var outline in Directory.EnumerateFiles(samples, "*.outline.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(outline)[..^".outline.txt".Length];
            var truth = HeadingTruth.Read(outline);
            var read = Run(Path.Combine(samples, name + ".pdf"), stages: 1);
            var declared = read.Layout is { } layout && (layout.Outline.Length > 0 || layout.TaggedHeadings.Length > 0);
            rows.Add((name, declared ? "outline.txt" : "outline.txt (no bookmarks or tags in the PDF)", HeadingRecall.Of(truth, Headings(read))));
            if (declared)
            {
                // The same without the bookmarks and tagged headings: what font statistics and numbering find alone.
                var fontsOnly = read with { Layout = read.Layout! with { Outline = [], TaggedHeadings = [] } };
                rows.Add((name, "outline.txt, fonts and numbers only", HeadingRecall.Of(truth, Headings(fontsOnly))));
            }
        }
        foreach (var (sample, seed) in SeedPdfs)
        {
            var document = Run(Path.Combine(samples, sample + ".pdf"), stages: Stages.Length);
            var known = File.ReadAllLines(Path.Combine(samples, sample + ".txt"));
            var truth = SeedOutline(Path.Combine(root, "tests/Ingest.Core.Tests/Golden", seed + ".outline.txt"), known);
            var found = document.Sections.Where(s => s.Title.Length > 0).Select(s => new HeadingTruth(s.Level, Label(s.Number, s.Title))).ToList();
            rows.Add((sample, "seed golden", HeadingRecall.Of(truth, found)));
        }
        Print(rows);
        if (args.Length > 1 && args[0] == "--bookmarks")
        {
            Console.WriteLine();
            var detail = args.Length > 3 && args[2] == "--detail" ? args[3] : null;
            PrintBookmarked(Bookmarked(args[1], detail));
        }
        return 0;
    }

    /// <summary>
    /// PDFs found elsewhere (not made for Ingest) that have bookmarks, every PDF under the folder: the bookmarks are the
    /// truth, and the pipeline runs without them, on fonts and numbers only, to its section tree (body and back sections;
    /// the title and a table of contents are not bookmarked as a rule). Titles compare without their numbers (a bookmark
    /// often leaves the number out) and on the bookmark's page or the next (so a line of the printed contents is no match);
    /// levels compare after the shift most sections of the file agree on. The development
    /// set is texlive-doc's manuals; <c>Pdf/heldout.sh</c> gathers the held-out set. With <c>--detail FILE</c> after the
    /// folder, every heading missed, found at another level or found without a bookmark is written to FILE, and every heading block with its style.
    /// </summary>
    private static List<(string Sample, int Pages, HeadingRecall Score)> Bookmarked(string folder, string? detail)
    {
        var rows = new List<(string, int, HeadingRecall)>();
        using var differences = detail is null ? null : new StreamWriter(detail);
        foreach (var file in Directory.EnumerateFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var read = Run(file, stages: 1);
            if (read.Layout is not { Outline.Length: >= 3 } layout)
            {
                continue;
            }
            var truth = layout.Outline.Select(e => new HeadingTruth(e.Level, HeadingNumber.Split(e.Title).Title, e.Page)).ToList();
            var context = new StageContext(SeverityPolicy.Default);
            var tree = Stages.Skip(1).Aggregate(read with { Layout = layout with { Outline = [], TaggedHeadings = [] } }, (d, stage) => stage.Run(d, context));
            var found = tree.Sections.Where(s => s.Title.Length > 0 && s.Kind is SectionKind.Body or SectionKind.Back)
                .Select(s => new HeadingTruth(s.Level, s.Title, s.Pages?.First)).ToList();
            var shifted = Shifted(truth, found);
            rows.Add((Path.GetRelativePath(folder, file), layout.PageCount, HeadingRecall.Of(truth, shifted)));
            if (differences is not null)
            {
                differences.WriteLine("== " + Path.GetRelativePath(folder, file));
                WriteStyles(differences, read with { Layout = layout with { Outline = [], TaggedHeadings = [] } }, truth);
                foreach (var line in HeadingRecall.Differences(truth, shifted))
                {
                    differences.WriteLine(line);
                }
            }
        }
        return rows;
    }

    /// <summary>
    /// Every heading block the parser finds, as "S T|F level page size weight font lines left top | number title" (T: a
    /// bookmark has its title): what tells the styles of a document apart.
    /// </summary>
    private static void WriteStyles(StreamWriter writer, Document read, List<HeadingTruth> truth)
    {
        var repaired = Stages[1].Run(read, new StageContext(SeverityPolicy.Default));
        var keys = truth.Select(t => HeadingTruth.Key(t.Text)).ToHashSet();
        foreach (var heading in new PdfBlockParser(new ParseOptions()).Headings(repaired))
        {
            var r = read.Layout!.Overlapping(repaired.ToSource(heading.Span)).FirstOrDefault(x => x.Role == RegionRole.Body);
            var known = keys.Contains(HeadingTruth.Key(heading.Text)) ? "T" : "F";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"S {known} L{heading.Level} p{r?.Page} {r?.FontSize:0.0} {(r?.IsBold == true ? "B" : "-")} {r?.FontName} lines{r?.LineCount} x{r?.Box.Left:0} y{r?.Box.Top:0} | {heading.Number} {heading.Text}"));
        }
    }

    /// <summary>The found headings with their levels moved by the difference most text matches agree on.</summary>
    private static List<HeadingTruth> Shifted(List<HeadingTruth> truth, List<HeadingTruth> found)
    {
        var levels = truth.GroupBy(t => HeadingTruth.Key(t.Text)).ToDictionary(g => g.Key, g => g.First().Level);
        var shift = found.Where(f => levels.ContainsKey(HeadingTruth.Key(f.Text))).Select(f => levels[HeadingTruth.Key(f.Text)] - f.Level)
            .GroupBy(d => d).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        return [.. found.Select(f => f with { Level = f.Level + shift })];
    }

    private static void PrintBookmarked(List<(string Sample, int Pages, HeadingRecall Score)> rows)
    {
        Console.WriteLine("| PDF with bookmarks (fonts and numbers only) | pages | bookmarks | headings found | recall | recall, right level | precision |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (sample, pages, s) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {sample} | {pages} | {s.Truth} | {s.Found} | {s.Recall:0.000} | {s.LevelRecall:0.000} | {s.Precision:0.000} |"));
        }
        var all = HeadingRecall.Sum(rows.Select(r => r.Score));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | {rows.Sum(r => r.Pages)} | {all.Truth} | {all.Found} | {all.Recall:0.000} | {all.LevelRecall:0.000} | {all.Precision:0.000} |"));
    }

    private static List<HeadingTruth> Headings(Document read)
    {
        var repaired = Stages[1].Run(read, new StageContext(SeverityPolicy.Default));
        return [.. new PdfBlockParser(new ParseOptions()).Headings(repaired)
            .Select(h => new HeadingTruth(h.Level > 0 ? h.Level : h.Number is { } n ? HeadingNumber.Depth(n) : 0, h.Number is null ? h.Text : h.Number + " " + h.Text))];
    }

    private static Document Run(string path, int stages)
    {
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var document = Document.Create("d-" + hash[..16], new SourceInfo(path, hash, bytes.Length, DocumentFormat.Text), bytes);
        var context = new StageContext(SeverityPolicy.Default);
        return Stages.Take(stages).Aggregate(document, (d, stage) => context.Stopped is null ? stage.Run(d, context) : d);
    }

    /// <summary>The titled lines of a seed's golden outline, from the first, whose headings the PDF's known text holds in order.</summary>
    private static List<HeadingTruth> SeedOutline(string golden, string[] known)
    {
        var result = new List<HeadingTruth>();
        var at = 0;
        foreach (var line in File.ReadAllLines(golden).Where(l => l.Length > 0 && !l.StartsWith('!')))
        {
            var parts = line.Split(" | ");
            if (parts[1].Length == 0)
            {
                continue;
            }
            while (at < known.Length && HeadingNumber.Split(known[at]).Title != parts[1])
            {
                at++;
            }
            if (at == known.Length)
            {
                break;
            }
            result.Add(new HeadingTruth(int.Parse(parts[2], CultureInfo.InvariantCulture), Label(parts[0] == "-" ? null : parts[0], parts[1])));
        }
        return result;
    }

    private static string Label(string? number, string title) => number is null ? title : number + " " + title;

    private static void Print(List<(string Sample, string Truth, HeadingRecall Score)> rows)
    {
        Console.WriteLine("| sample | truth | headings | found | recall | recall, right level | precision |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (sample, truth, s) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {sample} | {truth} | {s.Truth} | {s.Found} | {s.Recall:0.000} | {s.LevelRecall:0.000} | {s.Precision:0.000} |"));
        }
        foreach (var group in rows.GroupBy(r => r.Truth.Contains("only", StringComparison.Ordinal) ? "fonts and numbers only" : "as read"))
        {
            var all = HeadingRecall.Sum(group.Select(r => r.Score));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| **all** | {group.Key} | {all.Truth} | {all.Found} | {all.Recall:0.000} | {all.LevelRecall:0.000} | {all.Precision:0.000} |"));
        }
    }
}
