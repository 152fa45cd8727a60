using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Stages.Sections;

namespace Ingest.Evaluation.Structure;

/// <summary>
/// How well the section tree survives the ways real files differ from the seeds — text wrapped at a fixed width
/// (PDF and mail exports), CRLF line ends, blank lines lost, HTML instead of text — scored against the reviewed
/// golden outlines; with <c>--peers DIR</c> (from peers.sh) also pandoc's headings for the Markdown and HTML inputs.
/// </summary>
public sealed class StructureEvaluation : IEvaluation
{
    private static readonly IDocumentStage[] Stages =
    [
        new ReadStage(new ReadOptions()), new RepairStage(new RepairOptions()), new ParseStage(new ParseOptions()),
        new SectionsStage(new SectionsOptions()),
    ];

    public string Name => "structure";

    public string Description => "section outlines under wrapping, CRLF, lost blank lines and HTML, against golden outlines (and pandoc)";

    public int Run(string[] args)
    {
        var root = RepositoryRoot.Find();
        var peers = args.Length > 1 && args[0] == "--peers" ? args[1] : null;
        var golden = Path.Combine(root, "tests/Ingest.Core.Tests/Golden");
        var inputs = Directory.EnumerateFiles(Path.Combine(root, "seeds")).Concat(Directory.EnumerateFiles(Path.Combine(root, "samples/html"), "*.html"))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var rows = new List<(string Input, string Variant, OutlineScore Score)>();
        foreach (var input in inputs)
        {
            var truthFile = Path.Combine(golden, input + ".outline.txt");
            if (!File.Exists(truthFile))
            {
                continue;
            }
            var truth = File.ReadAllLines(truthFile).Select(OutlineItem.Parse).OfType<OutlineItem>().ToList();
            var text = File.ReadAllText(Path.Combine(root, input));
            foreach (var (variant, bytes) in Variants(input, text))
            {
                rows.Add((input, variant, OutlineScore.Of(truth, Outline(input, bytes), checkParents: true)));
            }
            var pandoc = peers is null ? null : Path.Combine(peers, Path.GetFileName(input) + ".headings.jsonl");
            var pandocReads = !input.EndsWith(".txt", StringComparison.Ordinal) || IsMarkdown(text);
            if (pandoc is not null && File.Exists(pandoc) && pandocReads)
            {
                rows.Add((input, "pandoc", OutlineScore.Of(truth, PandocOutline(pandoc), checkParents: false)));
            }
        }
        Print(rows);
        return 0;
    }

    private static bool IsMarkdown(string text) => FormatSniffer.Sniff(text) == DocumentFormat.Markdown;

    private static IEnumerable<(string, byte[])> Variants(string input, string text)
    {
        yield return ("as is", System.Text.Encoding.UTF8.GetBytes(text));
        if (!input.EndsWith(".txt", StringComparison.Ordinal) || IsMarkdown(text))
        {
            yield break;
        }
        yield return ("crlf", System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        yield return ("no blank lines", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', text.Split('\n').Where(l => l.Trim().Length > 0))));
        foreach (var width in new[] { 60, 72, 90 })
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"wrapped {width}"), System.Text.Encoding.UTF8.GetBytes(Wrap(text, width)));
        }
    }

    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var current = new StringBuilder();
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }
                current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
            }
            lines.Add(current.ToString());
        }
        return string.Join('\n', lines);
    }

    private static List<OutlineItem> Outline(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var document = Document.Create("d-" + hash[..16], new SourceInfo(path, hash, bytes.Length, DocumentFormat.Text), bytes);
        var context = new StageContext(SeverityPolicy.Default);
        foreach (var stage in Stages)
        {
            document = stage.Run(document, context);
        }
        var byId = document.Sections.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return [.. document.Sections.Select(s => new OutlineItem(s.Number, s.Title, s.Level,
            s.Parent is null ? null : byId[s.Parent].Number ?? byId[s.Parent].Title, s.Kind.ToString().ToLowerInvariant()))];
    }

    private static List<OutlineItem> PandocOutline(string file) =>
        [.. File.ReadAllLines(file).Where(l => l.Length > 0).Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            var (number, title) = HeadingNumber.Split(json.RootElement.GetProperty("title").GetString() ?? string.Empty);
            return new OutlineItem(number, title, json.RootElement.GetProperty("level").GetInt32(), null, "body");
        })];

    private static void Print(List<(string Input, string Variant, OutlineScore Score)> rows)
    {
        Console.WriteLine("| input | variant | truth | found | precision | recall | right parent |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (input, variant, s) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(input)} | {variant} | {s.Truth} | {s.Found} | {s.Precision:P0} | {s.Recall:P0} | {(variant == "pandoc" ? "–" : s.ParentAccuracy.ToString("P0", CultureInfo.InvariantCulture))} |"));
        }
        foreach (var group in rows.GroupBy(r => r.Variant == "pandoc" ? "pandoc" : r.Variant == "as is" ? "ingest, as is" : "ingest, variants"))
        {
            var s = OutlineScore.Sum(group.Select(g => g.Score));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| **all** | {group.Key} | {s.Truth} | {s.Found} | {s.Precision:P1} | {s.Recall:P1} | {(group.Key == "pandoc" ? "–" : s.ParentAccuracy.ToString("P1", CultureInfo.InvariantCulture))} |"));
        }
    }
}
