using Ingest.Core.Stages.Language;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class FileNameLanguageTests
{
    [TestCase("in/report.de.md", "de")]
    [TestCase("in/page.pt-BR.html", "pt-BR")]
    [TestCase("in/city.report.nl.txt", "nl")]
    [TestCase("in/report.md", null)]
    [TestCase("in/de.md", null)]
    [TestCase("in/report.xx.md", null)]
    [TestCase("in/version.10.txt", null)]
    [TestCase("in/archive.tar.gz", null)]
    public void Of_ReadsAKnownTagBeforeTheExtension(string path, string? expected)
    {
        Assert.That(FileNameLanguage.Of(path, LanguageModel.Default), Is.EqualTo(expected));
    }

    [Test]
    public void Stage_ReportsAFileNameThatContradictsTheText()
    {
        const string german = "Die Stadt unterstützt zivilgesellschaftliche Projekte in hohem Maße, in manchen Fällen auch durch offizielle Zusammenarbeit mit den Vereinen der Stadt und den Initiativen der Bürgerinnen und Bürger.";
        var context = TestDocuments.Context();
        var plan = Ingest.Core.Pipeline.StageCatalog.Build(Ingest.Core.Pipeline.PipelineConfig.Defaults("."), new Ingest.Core.Pipeline.StageEnvironment(null));
        var document = plan.DocumentStages.Aggregate(TestDocuments.FromText(german, "in/report.en.txt"), (d, stage) => stage.Run(d, context));
        Assert.That(document.Language.Tag, Is.EqualTo("de"));
        Assert.That(context.Diagnostics.Select(d => d.Code), Has.Member(LanguageRules.HintContradicted.Code));

        var agreeing = TestDocuments.Context();
        plan.DocumentStages.Aggregate(TestDocuments.FromText(german, "in/report.de.txt"), (d, stage) => stage.Run(d, agreeing));
        Assert.That(agreeing.Diagnostics.Select(d => d.Code), Has.No.Member(LanguageRules.HintContradicted.Code));
    }
}
