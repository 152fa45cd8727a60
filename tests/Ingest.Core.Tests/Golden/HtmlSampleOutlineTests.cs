using Ingest.Core.Model;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Golden;

/// <summary>An HTML sample and the text version of the same page give the same outline.</summary>
[TestFixture]
public sealed class HtmlSampleOutlineTests
{
    private static readonly string Root = Repository.Root;

    private static IEnumerable<TestCaseData> Pairs() =>
    [
        new TestCaseData("samples/html/gent-city-page.de.html", "seeds/000_e9137f456f45ed22.txt"),
        new TestCaseData("samples/html/gandawa-city-page.pl.html", "seeds/001_d0e58f2e07fefb68.txt"),
        new TestCaseData("samples/html/ghent-report.en.html", "seeds/004_a72fd32449421a5f.txt"),
    ];

    [TestCaseSource(nameof(Pairs))]
    public void Outline_IsTheSame_ForHtmlAndTextVersions(string html, string text)
    {
        var (htmlDocument, _) = StructurePipeline.Run(Root, html);
        var (textDocument, _) = StructurePipeline.Run(Root, text);

        Assert.That(Outline.Of(htmlDocument, [], withDiagnostics: false), Is.EqualTo(Outline.Of(textDocument, [], withDiagnostics: false)));
    }

    [TestCaseSource(nameof(Pairs))]
    public void Html_RecordsPageChromeAsBoilerplate_WithReason(string html, string text)
    {
        var (document, _) = StructurePipeline.Run(Root, html);

        var boilerplate = document.Blocks.Where(b => b.Kind == Ingest.Core.Model.BlockKind.Boilerplate).ToList();
        Assert.That(boilerplate, Is.Not.Empty, text);
        Assert.That(boilerplate.All(b => !string.IsNullOrEmpty(b.Note)), Is.True);
        Assert.That(document.Sections.Any(s => s.Text.Contains("cookie", StringComparison.OrdinalIgnoreCase)), Is.False);
    }
}
