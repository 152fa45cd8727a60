using System.Globalization;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Group;

namespace Ingest.Evaluation.Alignment;

/// <summary>Aligns English with each of many UDHR translations through the real pipeline (HTML files written to a
/// temporary folder, read, parsed, sectioned, grouped, aligned) and scores against the true article correspondence.</summary>
internal sealed class UdhrEvaluation(string declarations, PipelinePlan plan)
{
    /// <summary>UDHR file codes: ≥ 30 languages in ≥ 10 scripts (script in the comment).</summary>
    public static readonly string[] Languages =
    [
        "fra", "deu_1996", "spa", "pol", "tur", "vie", "swh", "fin", "hun", "ind", // Latin
        "rus", "ukr", "bul", // Cyrillic
        "ell_monotonic", // Greek
        "arb", "pes_1", "urd", // Arabic
        "heb", // Hebrew
        "hin", "mar", "nep", // Devanagari
        "ben", "tam", "tel", "kan", "mal", "guj", "pan", "sin", // Bengali, Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi, Sinhala
        "tha", "khm", "lao", "mya", // Thai, Khmer, Lao, Myanmar
        "kat", "hye", "amh", // Georgian, Armenian, Ethiopic
        "cmn_hans", "jpn", "kor", // Han, Japanese, Hangul
    ];

    public sealed record Row(string Language, GoldCount Stripped, GoldCount Deleted, bool Grouped, GoldCount DirectStripped, GoldCount DirectDeleted);

    /// <summary>Every predicted alignment's confidence and whether all its pairs are true, for calibration.</summary>
    public List<(double Confidence, bool Correct)> Outcomes { get; } = [];

    public sealed record GoldCount(int Gold, int Predicted, int Correct)
    {
        public double F1 => Gold + Predicted == 0 ? 0 : 2.0 * Correct / (Gold + Predicted);
    }

    public Row Run(string language, int deletions, int seed)
    {
        var (stripped, grouped) = Score(language, new HashSet<int>());
        var random = new Random(seed);
        var delete = Enumerable.Range(1, 30).OrderBy(_ => random.Next()).Take(deletions).ToHashSet();
        var (deleted, _) = Score(language, delete);
        return new Row(language, stripped, deleted, grouped, Direct(language, []), Direct(language, delete));
    }

    /// <summary>Aligns sections built straight from the articles (no parse or sections stage) with the align stage.</summary>
    private GoldCount Direct(string language, HashSet<int> delete)
    {
        var english = UdhrCase.Load(Path.Combine(declarations, "eng.html"), new HashSet<int>());
        var other = UdhrCase.Load(Path.Combine(declarations, language + ".html"), delete);
        Document Build(string id, string tag, UdhrCase udhr) => Document.Create(id, new SourceInfo(id + ".html", id, 0, DocumentFormat.Html), ReadOnlyMemory<byte>.Empty) with
        {
            Language = new LanguageResult(tag, 1),
            Sections = [.. udhr.Parts().Select(p => new Section($"{id}-{p.Part}", null, 1, null, p.Title, SectionKind.Body,
                new LanguageResult(tag, 1), p.Text, Span.Chars(0, 0)))],
        };
        var documents = new[] { Build("eng", "en", english), Build(language, "xx", other) };
        var bundle = new Bundle("udhr", [.. documents.Select(d => d.Id)], []);
        var aligned = plan.CorpusStages.OfType<AlignStage>().Single()
            .Run(new Corpus([], [.. documents], [bundle], []), new StageContext(SeverityPolicy.Default));
        var part = documents.ToDictionary(d => d.Id, d => d.Sections.ToDictionary(s => s.Id, s => int.Parse(s.Id[(s.Id.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)));
        var gold = documents[0].Sections.SelectMany(a => documents[1].Sections.Where(b => part[documents[1].Id][b.Id] == part["eng"][a.Id]).Select(b => (a.Id, b.Id))).ToHashSet();
        var predicted = aligned.Bundles[0].Alignments.SelectMany(a => a.Members.Where(m => m.Document == "eng")
            .SelectMany(x => a.Members.Where(m => m.Document != "eng").Select(y => (x.Section, y.Section)))).ToHashSet();
        return new GoldCount(gold.Count, predicted.Count, predicted.Count(gold.Contains));
    }

    private (GoldCount Score, bool Grouped) Score(string language, HashSet<int> delete)
    {
        var english = UdhrCase.Load(Path.Combine(declarations, "eng.html"), new HashSet<int>());
        var other = UdhrCase.Load(Path.Combine(declarations, language + ".html"), delete);
        var folder = Directory.CreateTempSubdirectory("ingest-udhr-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "eng.html"), english.Html);
            File.WriteAllText(Path.Combine(folder.FullName, language + ".html"), other.Html);
            var inputs = new InputCollector(folder.FullName).Collect([folder.FullName]);
            var corpus = new PipelineRunner(plan with { CorpusStages = [] }).Run(inputs, 1);
            var context = new StageContext(SeverityPolicy.Default);
            var group = plan.CorpusStages.OfType<GroupStage>().Single();
            var grouped = group.Run(corpus, context).Bundles.Length == 1;
            // Alignment is scored on the bundle the two documents should form, whether or not grouping found it.
            var documents = corpus.Documents;
            var bundle = new Bundle("udhr", [.. documents.Select(d => d.Id)], []);
            var aligned = plan.CorpusStages.OfType<AlignStage>().Single().Run(corpus with { Bundles = [bundle] }, context);
            var cases = documents.ToDictionary(d => d.Id, d => Path.GetFileName(d.Source.Path) == "eng.html" ? english : other);
            return (Count(documents, cases, aligned.Bundles[0].Alignments, Outcomes), grouped);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static GoldCount Count(IReadOnlyList<Document> documents, Dictionary<string, UdhrCase> cases,
        IReadOnlyList<Ingest.Core.Model.Alignment> alignments, List<(double, bool)> outcomes)
    {
        var part = documents.SelectMany(d => d.Sections.Where(s => s.Kind == SectionKind.Body)
            .Select(s => (s.Id, Part: UdhrCase.PartAt(UdhrCase.StartsIn(d.Text), s.Span.Start), Doc: d.Id))).ToList();
        var partOf = part.ToDictionary(p => p.Id, p => (p.Part, p.Doc), StringComparer.Ordinal);
        var gold = part.SelectMany(a => part.Where(b => b.Doc != a.Doc && b.Part == a.Part && string.CompareOrdinal(a.Id, b.Id) < 0)
            .Select(b => (a.Id, b.Id))).ToHashSet();
        var predicted = alignments.SelectMany(a => a.Members.SelectMany(x => a.Members
                .Where(y => x.Document != y.Document && string.CompareOrdinal(x.Section, y.Section) < 0)
                .Select(y => (x.Section, y.Section))))
            .Where(p => partOf.ContainsKey(p.Item1) && partOf.ContainsKey(p.Item2))
            .ToHashSet();
        foreach (var alignment in alignments)
        {
            var parts = alignment.Members.Where(m => partOf.ContainsKey(m.Section)).Select(m => partOf[m.Section].Part).Distinct().Count();
            outcomes.Add((alignment.Confidence, parts == 1));
        }
        return new GoldCount(gold.Count, predicted.Count, predicted.Count(gold.Contains));
    }

    public static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
