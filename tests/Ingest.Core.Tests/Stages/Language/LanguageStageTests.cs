using Ingest.Core.Model;
using Ingest.Core.Stages.Language;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class LanguageStageTests
{
    private const string German = "Der Ausschuss veröffentlicht seinen Abschlussbericht zur Wasserqualität im nächsten Frühjahr.";
    private const string English = "The committee will publish its final report on water quality next spring, after the consultation.";

    private static Document WithBlocks(DocumentHints hints, params (BlockKind Kind, string Text)[] blocks)
    {
        var document = TestDocuments.FromText(string.Join("\n", blocks.Select(b => b.Text)));
        var offset = 0;
        var built = blocks.Select(b =>
        {
            var block = new Block(b.Kind, b.Text, Span.Chars(offset, offset + b.Text.Length));
            offset += b.Text.Length + 1;
            return block;
        });
        return document with { Blocks = [.. built], Hints = hints };
    }

    [Test]
    public void Run_TagsLongBlocks_AndLeavesShortOnesUntagged()
    {
        var document = WithBlocks(DocumentHints.None, (BlockKind.Heading, "Bericht"), (BlockKind.Paragraph, German), (BlockKind.Paragraph, English));
        var result = new LanguageStage(new LanguageOptions()).Run(document, TestDocuments.Context());
        Assert.That(result.Blocks.Select(b => b.Language?.Tag), Is.EqualTo(new string?[] { null, "de", "en" }));
    }

    [Test]
    public void Run_IgnoresBoilerplate_ForTheDocumentLanguage()
    {
        var document = WithBlocks(DocumentHints.None, (BlockKind.Boilerplate, English), (BlockKind.Boilerplate, English), (BlockKind.Paragraph, German));
        var result = new LanguageStage(new LanguageOptions()).Run(document, TestDocuments.Context());
        Assert.That(result.Language.Tag, Is.EqualTo("de"));
    }

    [Test]
    public void Run_ReportsHintContradicted_WhenDeclaredLanguageIsWrong()
    {
        var context = TestDocuments.Context();
        new LanguageStage(new LanguageOptions()).Run(WithBlocks(new DocumentHints(LanguageHint: "en"), (BlockKind.Paragraph, German)), context);
        Assert.That(context.Diagnostics.Select(d => d.Rule.Code), Is.EqualTo(new[] { "ING402" }));
    }

    [TestCase("de")]
    [TestCase("de-AT")]
    [TestCase(null)]
    public void Run_DoesNotReportHint_WhenItAgreesOrIsMissing(string? hint)
    {
        var context = TestDocuments.Context();
        var result = new LanguageStage(new LanguageOptions()).Run(WithBlocks(new DocumentHints(LanguageHint: hint), (BlockKind.Paragraph, German)), context);
        Assert.That(result.Language.Tag, Is.EqualTo("de"));
        Assert.That(context.Diagnostics, Is.Empty);
    }

    [Test]
    public void Run_ReportsUndetermined_ForTextWithoutLetters()
    {
        var context = TestDocuments.Context();
        var result = new LanguageStage(new LanguageOptions()).Run(WithBlocks(DocumentHints.None, (BlockKind.Paragraph, "12.5 % / 17 %")), context);
        Assert.That(result.Language.Tag, Is.EqualTo("und"));
        Assert.That(context.Diagnostics.Select(d => d.Rule.Code), Is.EqualTo(new[] { "ING401" }));
    }
}
