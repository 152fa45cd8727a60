using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ingest.Core.Model;

namespace Ingest.Benchmarks.Group;

/// <summary>A deterministic corpus of <c>topics × languages</c> documents: each topic is one text in several
/// made-up languages (own vocabularies), sharing its names and numbers across them, as translations do; some names
/// recur across topics (cities, organisations) so that blocking meets frequent anchors too.</summary>
internal static class SyntheticCorpus
{
    public static Corpus Build(int topics, int languages, int sections, int seed = 42)
    {
        var random = new Random(seed);
        var vocabularies = Enumerable.Range(0, languages).Select(_ => Words(random, 400)).ToList();
        var common = Enumerable.Range(0, 40).Select(_ => Name(random)).ToList();
        var documents = ImmutableArray.CreateBuilder<Document>();
        for (var topic = 0; topic < topics; topic++)
        {
            var names = Enumerable.Range(0, 12).Select(_ => Name(random)).Concat(common.OrderBy(_ => random.Next()).Take(3)).ToList();
            var numbers = Enumerable.Range(0, 10).Select(_ => random.Next(1900, 99999).ToString(CultureInfo.InvariantCulture)).ToList();
            var plan = Enumerable.Range(0, sections).Select(_ => (Words: random.Next(40, 200), Anchors: random.Next(0, 4))).ToList();
            for (var language = 0; language < languages; language++)
            {
                documents.Add(MakeDocument(topic, language, plan, vocabularies[language], names, numbers, new Random(seed + (topic * 31) + language)));
            }
        }
        var sorted = documents.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ToImmutableArray();
        return new Corpus([], sorted, [], []);
    }

    private static Document MakeDocument(int topic, int language, List<(int Words, int Anchors)> plan, List<string> vocabulary,
        List<string> names, List<string> numbers, Random random)
    {
        var id = $"d-{topic:D4}-{language}";
        var tag = "x" + (char)('a' + language);
        var text = new StringBuilder();
        var sections = ImmutableArray.CreateBuilder<Section>();
        foreach (var (part, index) in plan.Select((p, i) => (p, i)))
        {
            var body = new StringBuilder();
            // Translations differ in length by up to a fifth per section.
            var words = (int)(part.Words * (0.8 + (random.NextDouble() * 0.4)));
            for (var w = 0; w < words; w++)
            {
                body.Append(vocabulary[random.Next(vocabulary.Count)]).Append(' ');
                if (w % 40 == 20 && part.Anchors > 0)
                {
                    body.Append(names[(index + w) % names.Count]).Append(' ').Append(numbers[(index * 3 + w) % numbers.Count]).Append(' ');
                }
            }
            var title = vocabulary[random.Next(vocabulary.Count)] + " " + names[index % names.Count];
            var start = text.Length;
            text.Append(title).Append('\n').Append(body).Append('\n');
            sections.Add(new Section($"s-{id}-{index}", null, 1, null, title, SectionKind.Body, new LanguageResult(tag, 1),
                body.ToString(), Span.Chars(start, text.Length)));
        }
        var source = new SourceInfo($"in/{topic:D4}-{tag}.txt", id, text.Length, DocumentFormat.Text);
        return Document.Create(id, source, ReadOnlyMemory<byte>.Empty) with
        {
            Text = text.ToString(),
            Language = new LanguageResult(tag, 1),
            Title = sections[0].Title,
            Sections = sections.ToImmutable(),
        };
    }

    private static List<string> Words(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Word(random, random.Next(2, 9)))];

    private static string Name(Random random) => char.ToUpperInvariant(Word(random, 1)[0]) + Word(random, random.Next(4, 9));

    private static string Word(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)('a' + random.Next(26)));
        }
        return builder.ToString();
    }
}
