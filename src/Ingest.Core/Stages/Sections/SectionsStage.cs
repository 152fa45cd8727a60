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
        return document with { Sections = tree.Sections, Title = title };
    }
}
