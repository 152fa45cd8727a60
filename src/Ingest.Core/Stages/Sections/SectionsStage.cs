using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Sections;

/// <summary>Splits the document into its section tree and names its title.</summary>
public sealed class SectionsStage(SectionsOptions options) : IDocumentStage
{
    private readonly SectionTreeBuilder _builder = new(options);

    public string Name => "sections";

    public Document Run(Document document, StageContext context)
    {
        var sections = _builder.Build(document);
        foreach (var duplicate in sections.Where(s => s.Number is not null).GroupBy(s => s.Number).Where(g => g.Count() > 1))
        {
            foreach (var section in duplicate.Skip(1))
            {
                context.Report(SectionsRules.DuplicateNumber, document,
                    $"Section number {duplicate.Key} appears {duplicate.Count()} times ('{duplicate.First().Title}' and '{section.Title}'). Check the numbering at the source.",
                    document.ToSource(section.Span), section.Id);
            }
        }
        var title = sections.FirstOrDefault(s => s.Kind == SectionKind.Body && s.Title.Length > 0)?.Title;
        return document with { Sections = sections, Title = title };
    }
}
