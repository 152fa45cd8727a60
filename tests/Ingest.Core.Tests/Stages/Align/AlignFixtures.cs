using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Tests.Stages.Align;

/// <summary>Small documents built directly from sections, for aligner tests.</summary>
internal static class AlignFixtures
{
    public static Section Section(string id, string title, string text, int level = 1, string? number = null) =>
        new(id, null, level, number, title, SectionKind.Body, new LanguageResult("und", 0), text, Span.Chars(0, 0));

    public static Document Document(string id, string language, params Section[] sections) =>
        Core.Model.Document.Create(id, new SourceInfo($"in/{id}.txt", id, 0, DocumentFormat.Text), ReadOnlyMemory<byte>.Empty) with
        {
            Language = new LanguageResult(language, 1),
            Sections = [.. sections],
            Text = string.Join("\n", sections.Select(s => s.Title + "\n" + s.Text)),
        };

    /// <summary>Filler text of about <paramref name="words"/> words in a made-up language, with the given anchors inside.</summary>
    public static string Text(int words, string language, params string[] anchors)
    {
        var filler = Enumerable.Range(0, words).Select(i => language + "w" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(' ', filler.Take(words / 2)) + " " + string.Join(" und ", anchors) + " " + string.Join(' ', filler.Skip(words / 2)) + ".";
    }

    public static IEnumerable<string> Members(Alignment alignment) => alignment.Members.Select(m => m.Section);
}
