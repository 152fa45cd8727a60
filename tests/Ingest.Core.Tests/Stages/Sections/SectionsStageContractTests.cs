using Ingest.Core.Model;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Sections;

/// <summary>What every version of parse + sections must do (issue 2's contract).</summary>
public sealed class SectionsStageContractTests
{
    [Test]
    public void Markdown_NumberedHeadings_NestByNumber()
    {
        var document = TestDocuments.Process(
            "# Report\n\n# 1. Summary\n\nIn short.\n\n# 3. Approaches\n\nIntro.\n\n## 3.1. Taskforce\n\nBody one.\n\n### 3.2. Jobteam\n\nBody two.\n");
        var outline = document.Sections.Where(s => s.Number is not null).Select(s => (s.Number, s.Title, s.Level)).ToList();
        Assert.That(outline, Is.EqualTo(new (string?, string, int)[]
        {
            ("1", "Summary", 1), ("3", "Approaches", 1), ("3.1", "Taskforce", 2), ("3.2", "Jobteam", 2),
        }));
        var jobteam = document.Sections.Single(s => s.Number == "3.2");
        Assert.That(document.Sections.Single(s => s.Id == jobteam.Parent).Number, Is.EqualTo("3"));
        Assert.That(jobteam.Text, Is.EqualTo("Body two."));
    }

    [Test]
    public void PlainText_NumberedLines_BecomeSections()
    {
        var document = TestDocuments.Process(
            "1. Introduction\n\nThe city works with civil society on migration and inclusion in many ways.\n\n2. Context\n\nBelgium has three regions and a federal government that share responsibility.\n");
        Assert.That(document.Sections.Where(s => s.Number is not null).Select(s => s.Number), Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void SectionIds_AreStable_AndUnique()
    {
        const string text = "# 1. A\n\nx\n\n# 2. B\n\ny\n\n## 2.1 C\n\nz\n";
        var first = TestDocuments.Process(text).Sections.Select(s => s.Id).ToList();
        var second = TestDocuments.Process(text).Sections.Select(s => s.Id).ToList();
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Distinct().Count(), Is.EqualTo(first.Count));
    }

    [Test]
    public void PageChrome_LeftOutOfTheSections_IsRecordedAsARepair()
    {
        const string html = "<html><body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav><main><h1>Report</h1>"
            + "<p>The city works with civil society.</p></main><footer><p>Imprint and privacy</p></footer></body></html>";

        var document = TestDocuments.Process(html, "in/page.html");

        Assert.That(string.Concat(document.Sections.Select(s => s.Title + s.Text)), Does.Not.Contain("Imprint"));
        var records = document.Repairs.Where(r => r.Kind == "boilerplate").ToList();
        Assert.That(records, Has.Count.EqualTo(2));
        Assert.That(records[1].Detail, Does.Contain("Imprint and privacy").And.Contain("<footer>"));
        Assert.That(html.Substring(records[1].Span.Start, records[1].Span.Length), Does.Contain("Imprint and privacy"));
    }

    [Test]
    public void DuplicateSectionNumber_IsReported()
    {
        var context = TestDocuments.Context();
        var plan = Ingest.Core.Pipeline.StageCatalog.Build(Ingest.Core.Pipeline.PipelineConfig.Defaults("."), new Ingest.Core.Pipeline.StageEnvironment(null));
        plan.DocumentStages.Aggregate(TestDocuments.FromText("# 3.3 Jobteam\n\nOne.\n\n# 3.3 Refu Interim\n\nTwo.\n"),
            (d, stage) => stage.Run(d, context));
        Assert.That(context.Diagnostics.Select(d => d.Code), Has.Some.EqualTo("ING501"));
    }
}
