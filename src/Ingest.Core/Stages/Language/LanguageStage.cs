using System.Collections.Immutable;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Stages.Language;

/// <summary>Tags the document with the language of its non-boilerplate text, and each block long enough with its own.</summary>
/// <remarks>The HTML <c>lang</c> attribute is a prior of <see cref="LanguageOptions.HintWeight"/>, never the verdict.</remarks>
public sealed class LanguageStage(LanguageOptions options) : IDocumentStage
{
    private readonly LanguageIdentifier _identifier = new(LanguageModel.Default, options);

    public string Name => "language";

    public Document Run(Document document, StageContext context)
    {
        // A declared lang attribute wins over a tag in the file name; either is a prior, not the verdict.
        var hint = document.Hints.LanguageHint ?? FileNameLanguage.Of(document.Source.Path, LanguageModel.Default);
        var blocks = TagBlocks(document.Blocks);
        var body = blocks.Where(b => b.Kind != BlockKind.Boilerplate).Select(b => b.Text).ToList();
        var text = body.Count > 0 ? string.Join("\n", body) : document.Text;
        var language = _identifier.Identify(text, hint, complete: true);
        if (!language.IsDetermined)
        {
            context.Report(LanguageRules.Undetermined, document,
                "The document's language could not be determined; it is tagged 'und'. Check that the file holds running text in a language Ingest knows.");
        }
        else if (HintDisagrees(hint, language))
        {
            var claim = document.Hints.LanguageHint is null ? $"Its file name says '{hint}'" : $"The document declares lang=\"{hint}\"";
            context.Report(LanguageRules.HintContradicted, document,
                $"{claim} but its text reads as '{language.Tag}' (confidence {language.Confidence:0.00}); it is tagged '{language.Tag}'.");
        }
        return document with { Language = language, Blocks = blocks };
    }

    private ImmutableArray<Block> TagBlocks(ImmutableArray<Block> blocks)
    {
        if (blocks.IsDefaultOrEmpty)
        {
            return blocks;
        }
        var tagged = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        foreach (var block in blocks)
        {
            tagged.Add(SectionLanguage.HasLetters(block.Text, options.BlockMinLetters)
                ? block with { Language = _identifier.Identify(block.Text) }
                : block);
        }
        return tagged.MoveToImmutable();
    }

    private bool HintDisagrees(string? hint, LanguageResult language)
    {
        if (string.IsNullOrWhiteSpace(hint) || language.Confidence < options.SectionMinConfidence)
        {
            return false;
        }
        var primary = LanguageTags.Canonical(hint.Split('-', '_')[0].Trim().ToLowerInvariant());
        return primary != language.Tag;
    }
}
