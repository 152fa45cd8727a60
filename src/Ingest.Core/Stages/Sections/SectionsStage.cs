using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Sections;

/// <summary>Splits the document into its section tree, names its title and reports numbering and TOC problems.</summary>
public sealed class SectionsStage(SectionsOptions options) : IDocumentStage
{
    private readonly SectionTreeBuilder _builder = new(options);

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
