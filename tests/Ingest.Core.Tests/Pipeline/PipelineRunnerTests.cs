using Ingest.Core.Diagnostics;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Pipeline;

public sealed class PipelineRunnerTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0];

    private static Corpus Run(TempFolder temp, PipelineConfig? config = null, int jobs = 2, params string[] paths)
    {
        var set = new InputCollector(temp.Path).Collect(paths.Length == 0 ? ["in"] : paths);
        var plan = StageCatalog.Build(config ?? PipelineConfig.Defaults(temp.Path), new StageEnvironment(new MemorySink()));
        return new PipelineRunner(plan).Run(set, jobs);
    }

    [Test]
    public void Run_ReportsBadInputs_AndGoesOnWithTheGoodOnes()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.txt", "Ein Bericht über die Stadt und die Menschen, die dort leben und arbeiten.");
        temp.Write("in/image.png", Png);
        temp.Write("in/archive.zip", Zip);
        temp.Write("in/empty.txt", []);
        temp.Write("in/damage.txt", new string('\uFFFD', 50));
        var corpus = Run(temp);
        var status = corpus.Inputs.ToDictionary(i => i.Path, i => i.Status);
        Assert.That(status["in/good.txt"], Is.EqualTo(InputStatus.Ok));
        Assert.That(status["in/image.png"], Is.EqualTo(InputStatus.Skipped));
        Assert.That(status["in/archive.zip"], Is.EqualTo(InputStatus.Skipped));
        Assert.That(status["in/empty.txt"], Is.EqualTo(InputStatus.Skipped));
        Assert.That(status["in/damage.txt"], Is.EqualTo(InputStatus.Failed));
        string CodeOf(string path) => corpus.Diagnostics.First(d => d.Path == path && d.Severity >= Severity.Warning).Code;
        Assert.That(CodeOf("in/image.png"), Is.EqualTo(InputRules.Binary.Code));
        Assert.That(CodeOf("in/archive.zip"), Is.EqualTo(InputRules.Binary.Code));
        Assert.That(CodeOf("in/empty.txt"), Is.EqualTo(InputRules.Empty.Code));
        Assert.That(corpus.Documents.Select(d => d.Source.Path), Is.EqualTo(new[] { "in/good.txt" }));
    }

    [Test]
    public void Run_DecidesSectionLanguages_WithTheLanguageStageOptions()
    {
        using var temp = new TempFolder();
        var german = string.Concat(Enumerable.Repeat("Die Stadt fördert die Integration neuer Bürgerinnen und Bürger mit Sprachkursen und Beratung. ", 6));
        var english = string.Concat(Enumerable.Repeat("The city supports the integration of newcomers with language courses and advice. ", 6));
        temp.Write("in/report.md", $"# Bericht\n\n{german}\n\n## Einleitung\n\n{german}\n\n## Quoted\n\n{english}\n");
        const string stages = """{ "name": "read" }, { "name": "repair" }, { "name": "parse" }, { "name": "language", "options": { "sectionMinLetters": %N% } }, { "name": "sections" }""";
        string SectionLanguageWith(int minLetters)
        {
            var config = PipelineConfigLoader.Parse("{ \"stages\": [" + stages.Replace("%N%", minLetters.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + "] }",
                "pipeline.json", temp.Path);
            return Run(temp, config).Documents.Single().Sections.Single(x => x.Title == "Quoted").Language.Tag;
        }

        Assert.That(SectionLanguageWith(200), Is.EqualTo("en"));
        Assert.That(SectionLanguageWith(100_000), Is.EqualTo("de"), "too short for its own language under these options");
    }

    [Test]
    public void Run_SkipsFilesOverTheSizeLimit()
    {
        using var temp = new TempFolder();
        temp.Write("in/big.txt", new string('a', 2000));
        var config = PipelineConfig.Defaults(temp.Path) with { Limits = new InputLimits { MaxFileBytes = 1000 } };
        var corpus = Run(temp, config);
        Assert.That(corpus.Inputs.Single().Status, Is.EqualTo(InputStatus.Skipped));
        Assert.That(corpus.Diagnostics.Single().Code, Is.EqualTo(InputRules.TooLarge.Code));
    }

    [Test]
    public void Run_RecordsUnreadableFile_AsFailed()
    {
        using var temp = new TempFolder();
        temp.Write("in/gone.txt", "text");
        var set = new InputCollector(temp.Path).Collect(["in"]);
        File.Delete(Path.Combine(temp.Path, "in/gone.txt")); // Vanishes between listing and reading, as on a busy share.
        var plan = StageCatalog.Build(PipelineConfig.Defaults(temp.Path), new StageEnvironment(null));
        var corpus = new PipelineRunner(plan).Run(set, 1);
        Assert.That(corpus.Inputs.Single().Status, Is.EqualTo(InputStatus.Failed));
        Assert.That(corpus.Diagnostics.Single().Code, Is.EqualTo(InputRules.Unreadable.Code));
    }

    [Test]
    public void Run_RecordsAStageException_AsInternalErrorForThatFileOnly()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", "alpha text");
        temp.Write("in/b.txt", "boom");
        var plan = StageCatalog.Build(PipelineConfig.Defaults(temp.Path), new StageEnvironment(null));
        plan = plan with { DocumentStages = plan.DocumentStages.Add(new ThrowingStage("boom")) };
        var corpus = new PipelineRunner(plan).Run(new InputCollector(temp.Path).Collect(["in"]), 2);
        Assert.That(corpus.Inputs.Select(i => i.Status), Is.EqualTo(new[] { InputStatus.Ok, InputStatus.Failed }));
        Assert.That(corpus.Diagnostics.Where(d => d.Path == "in/b.txt").Select(d => d.Code), Has.Member(InputRules.InternalError.Code));
        Assert.That(corpus.Diagnostics.Where(d => d.Path == "in/a.txt").Select(d => d.Code), Has.No.Member(InputRules.InternalError.Code));
    }

    [Test]
    public void Run_GivesTheSameCorpus_WhateverTheJobs()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 12; i++)
        {
            temp.Write($"in/{i:D2}.txt", $"Document {i} talks about Ghent and the year {2000 + i}.");
        }
        var one = Run(temp, jobs: 1);
        var four = Run(temp, jobs: 4);
        Assert.That(four.Documents.Select(d => d.Id), Is.EqualTo(one.Documents.Select(d => d.Id)));
        Assert.That(four.Bundles.Select(b => b.Key), Is.EqualTo(one.Bundles.Select(b => b.Key)));
    }

    [Test]
    public void Run_NotesDuplicateContent_OnTheLaterPath_AndKeepsBoth()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", "Gent ist eine Stadt in Belgien mit vielen Initiativen.");
        temp.Write("in/b.txt", "Gent ist eine Stadt in Belgien mit vielen Initiativen.");
        var corpus = Run(temp);
        Assert.That(corpus.Documents, Has.Length.EqualTo(2));
        Assert.That(corpus.Diagnostics.Where(d => d.Code == InputRules.DuplicateContent.Code).Select(d => d.Path), Is.EqualTo(new[] { "in/b.txt" }));
    }

    private sealed class ThrowingStage(string trigger) : IDocumentStage
    {
        public string Name => "throwing";

        public Document Run(Document document, StageContext context) =>
            document.Text.Contains(trigger, StringComparison.Ordinal) ? throw new InvalidOperationException("test failure") : document;
    }
}
