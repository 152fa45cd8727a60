using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Align;

/// <summary>Gold alignments written as text (see tests/Ingest.Evaluation/Alignment/seed-gold.tsv), resolved against a
/// corpus and compared with predicted alignments by precision, recall and F1 over aligned section pairs.</summary>
/// <remarks>Sections are named by document path prefix, printed number and title (<c>3.3|Refu Interim#2</c> is the
/// second section titled so), never by id, so that a gold file survives changes in the sections stage.</remarks>
public sealed class AlignmentGold
{
    private readonly List<(string DocA, string RefA, string DocB, string RefB)> _pairs = [];
    private readonly List<(string Doc, string Ref)> _ignored = [];

    public static AlignmentGold Parse(string text)
    {
        var gold = new AlignmentGold();
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "pair" when cells.Length == 5: gold._pairs.Add((cells[1], cells[2], cells[3], cells[4])); break;
                case "ignore" when cells.Length == 3: gold._ignored.Add((cells[1], cells[2])); break;
                default: throw new FormatException($"Gold line not understood: '{line}'.");
            }
        }
        return gold;
    }

    /// <summary>Scores <paramref name="alignments"/> against the gold over the document pairs the gold covers.</summary>
    public GoldScore Score(IReadOnlyList<Document> documents, IEnumerable<Alignment> alignments)
    {
        var unresolved = new List<string>();
        string? Resolve(string doc, string reference)
        {
            var id = Find(documents, doc, reference);
            if (id is null)
            {
                unresolved.Add(doc + " " + reference);
            }
            return id;
        }
        var gold = _pairs.Select(p => (A: Resolve(p.DocA, p.RefA), B: Resolve(p.DocB, p.RefB)))
            .Where(p => p.A is not null && p.B is not null).Select(p => Key(p.A!, p.B!)).ToHashSet();
        var ignored = _ignored.Select(i => Resolve(i.Doc, i.Ref)).Where(i => i is not null).ToHashSet(StringComparer.Ordinal);
        var documentOf = documents.SelectMany(d => d.Sections.Select(s => (s.Id, d.Id))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var scoredPairs = _pairs.Select(p => Key(DocumentId(documents, p.DocA) ?? "?", DocumentId(documents, p.DocB) ?? "?")).ToHashSet();
        var predicted = new HashSet<(string, string)>();
        foreach (var alignment in alignments)
        {
            foreach (var a in alignment.Members)
            {
                foreach (var b in alignment.Members.Where(b => b.Document != a.Document && string.CompareOrdinal(a.Section, b.Section) < 0))
                {
                    if (!ignored.Contains(a.Section) && !ignored.Contains(b.Section) && scoredPairs.Contains(Key(documentOf[a.Section], documentOf[b.Section])))
                    {
                        predicted.Add(Key(a.Section, b.Section));
                    }
                }
            }
        }
        var correct = predicted.Count(gold.Contains);
        return new GoldScore(gold.Count, predicted.Count, correct, unresolved,
            [.. predicted.Where(p => !gold.Contains(p)).Select(p => Label(documents, p))],
            [.. gold.Where(p => !predicted.Contains(p)).Select(p => Label(documents, p))]);
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static string? DocumentId(IReadOnlyList<Document> documents, string prefix) =>
        documents.FirstOrDefault(d => d.Source.Path.StartsWith(prefix, StringComparison.Ordinal))?.Id;

    private static string? Find(IReadOnlyList<Document> documents, string doc, string reference)
    {
        var document = documents.FirstOrDefault(d => d.Source.Path.StartsWith(doc, StringComparison.Ordinal));
        var hash = reference.LastIndexOf('#');
        var occurrence = hash > 0 && int.TryParse(reference[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 1;
        var bar = reference.IndexOf('|');
        var number = reference[..bar];
        var title = Normalize((hash > 0 && occurrence > 0 && reference[(hash + 1)..].All(char.IsAsciiDigit) ? reference[(bar + 1)..hash] : reference[(bar + 1)..]));
        var matches = document?.Sections.Where(s => Normalize(s.Title) == title || Normalize((s.Number ?? string.Empty) + " " + s.Title) == title
            || (number.Length > 0 && Normalize(number + " " + s.Title) == Normalize(number + " " + title) && s.Number is null))
            .Where(s => number.Length == 0 || s.Number is null || s.Number.TrimEnd('.') == number).ToList();
        return matches is not null && matches.Count >= occurrence ? matches[occurrence - 1].Id : null;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Replace("*", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Label(IReadOnlyList<Document> documents, (string A, string B) pair)
    {
        string Name(string id)
        {
            var document = documents.First(d => d.Sections.Any(s => s.Id == id));
            var section = document.Sections.First(s => s.Id == id);
            return $"{document.Language.Tag} {section.Number} '{section.Title}'";
        }
        return Name(pair.A) + " = " + Name(pair.B);
    }
}
