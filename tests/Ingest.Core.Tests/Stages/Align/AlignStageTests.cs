using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Align;
using Ingest.Core.Stages.Group;
using Ingest.Core.Tests.Stages.Group;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Align;

public sealed class AlignStageTests
{
    [Test]
    public void Run_ReportsUpdateSection_ThatEnglishReportLacks()
    {
        var context = new StageContext(SeverityPolicy.Default);
        new AlignStage(new AlignOptions()).Run(new GroupStage(new GroupOptions()).Run(SeedCorpus.Documents, context), context);

        var german = SeedCorpus.ByPrefix("002");
        var update = german.Sections.Single(s => s.Title.StartsWith("Update", StringComparison.Ordinal));
        var missing = context.Diagnostics.Where(d => d.Code == "ING701").ToList();
        Assert.That(missing.Select(d => (d.Document, d.Section)), Does.Contain((german.Id, update.Id)));
        Assert.That(missing.Select(d => d.Document), Does.Not.Contain(SeedCorpus.ByPrefix("000").Id));
    }

    [Test]
    public void Run_AlignsOnlyBodySections_EachAtMostOnce()
    {
        var context = new StageContext(SeverityPolicy.Default);
        var corpus = new AlignStage(new AlignOptions()).Run(new GroupStage(new GroupOptions()).Run(SeedCorpus.Documents, context), context);

        var kinds = corpus.Documents.SelectMany(d => d.Sections).ToDictionary(s => s.Id, s => s.Kind);
        var members = corpus.Bundles.SelectMany(b => b.Alignments).SelectMany(a => a.Members).Select(m => m.Section).ToList();
        Assert.That(members, Is.Unique);
        Assert.That(members.Select(m => kinds[m]), Is.All.EqualTo(Core.Model.SectionKind.Body));
    }
}
