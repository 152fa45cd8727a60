using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Language;

/// <summary>Identifies the language of the document from its block text.</summary>
public sealed class LanguageStage(LanguageOptions options) : IDocumentStage
{
    private readonly StopwordIdentifier _identifier = new(options);

    public string Name => "language";

    public Document Run(Document document, StageContext context)
    {
        var text = document.Blocks.IsDefaultOrEmpty
            ? document.Text
            : string.Join("\n", document.Blocks.Where(b => b.Kind != BlockKind.Boilerplate).Select(b => b.Text));
        var language = _identifier.Identify(text);
        if (!language.IsDetermined)
        {
            context.Report(LanguageRules.Undetermined, document,
                "The document's language could not be determined; it is tagged 'und'. Check that the file holds running text.");
        }
        return document with { Language = language };
    }
}
