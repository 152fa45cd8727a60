using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Sections;

/// <summary>Splits the document into its section tree, names its title and reports numbering and TOC problems.</summary>
/// <param name="options">The stage's options.</param>
/// <param name="language">Identifies a section's own language (the language stage's thresholds); the defaults when null.</param>
public sealed class SectionsStage(SectionsOptions options, Language.LanguageIdentifier? language = null) : IDocumentStage
{
    private readonly SectionTreeBuilder _builder = new(options, language);

    public string Name => "sections";

    public Document Run(Document document, StageContext context)
    {
        var tree = _builder.Build(document);
        foreach (var finding in tree.Findings)
        {
            var section = tree.Sections[finding.SectionIndex];
            context.Report(finding.Rule, document, finding.Message, document.ToSource(section.Span), section.Id);
        }
        var title = tree.Sections.FirstOrDefault(s => s.Kind == SectionKind.Front)?.Title
            ?? tree.Sections.FirstOrDefault(s => s.Kind == SectionKind.Body && s.Title.Length > 0)?.Title;
        return document with { Sections = tree.Sections, Title = title, Repairs = document.Repairs.AddRange(Boilerplate(document)) };
    }

    /// <summary>One record per run of page chrome (menus, site headers and footers, cookie notices) that the sections
    /// leave out, with why it counted as chrome, so that nothing leaves the output unrecorded.</summary>
    private static IEnumerable<Model.Repair> Boilerplate(Document document)
    {
        var blocks = document.Blocks.IsDefault ? [] : document.Blocks;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Kind != BlockKind.Boilerplate)
            {
                continue;
            }
            var first = i;
            while (i + 1 < blocks.Length && blocks[i + 1].Kind == BlockKind.Boilerplate)
            {
                i++;
            }
            var run = blocks[first..(i + 1)];
            var text = string.Join(" ", run.Select(b => b.Text));
            var reasons = string.Join(", ", run.Select(b => b.Note ?? "page chrome").Distinct(StringComparer.Ordinal));
            var excerpt = text.Length <= MaxExcerpt ? text : text[..MaxExcerpt].TrimEnd() + "…";
            var span = document.ToSource(Span.Chars(run[0].Span.Start, run[^1].Span.End));
            yield return new Model.Repair(BoilerplateKind, span, text.Length, $"left out of the sections as page chrome ({reasons}): \"{excerpt}\"");
        }
    }

    /// <summary>The repair kind of page chrome left out of the sections.</summary>
    public const string BoilerplateKind = "boilerplate";

    private const int MaxExcerpt = 60;
}
