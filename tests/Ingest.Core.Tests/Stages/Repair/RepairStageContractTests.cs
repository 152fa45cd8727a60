using Ingest.Core.Model;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Repair;

/// <summary>What every version of the repair stage must do (issue 2's contract).</summary>
public sealed class RepairStageContractTests
{
    private static (Document Document, Ingest.Core.Pipeline.StageContext Context) Repair(string text)
    {
        var context = TestDocuments.Context();
        var document = TestDocuments.FromText(text) with { Text = text };
        return (new RepairStage(new RepairOptions()).Run(document, context), context);
    }

    [Test]
    public void Run_RemovesTailOfReplacementCharacters_WithOneRecord()
    {
        var (document, context) = Repair("Pobierz raport\n\n" + new string('\uFFFD', 7007));
        Assert.That(document.Text, Does.Not.Contain("\uFFFD"));
        Assert.That(document.Text.TrimEnd(), Is.EqualTo("Pobierz raport"));
        var record = document.Repairs.Single(r => r.Kind == "corrupt-run");
        Assert.That(record.Count, Is.EqualTo(7007));
        Assert.That(context.Diagnostics.Select(d => d.Code), Has.Some.EqualTo(RepairRules.CorruptRun.Code));
    }

    [Test]
    public void Run_RemovesC0Controls_AndRecordsThem()
    {
        var (document, _) = Repair("Gent\u0001\u0002 ist\u0000 eine Stadt.");
        Assert.That(document.Text, Is.EqualTo("Gent ist eine Stadt."));
        Assert.That(document.Repairs.Sum(r => r.Kind.Contains("control", StringComparison.Ordinal) ? r.Count : 0), Is.EqualTo(3));
    }

    [Test]
    public void Run_KeepsCleanText_WithoutRecords()
    {
        var (document, context) = Repair("Ghent\n\nComprehensive policies.\n");
        Assert.That(document.Text, Is.EqualTo("Ghent\n\nComprehensive policies.\n"));
        Assert.That(document.Repairs, Is.Empty);
        Assert.That(context.Diagnostics, Is.Empty);
    }

    [Test]
    public void Run_FailsADocumentThatIsAllDamage()
    {
        var (_, context) = Repair(new string('\uFFFD', 100) + "\u0001");
        Assert.That(context.Stopped, Is.EqualTo(InputStatus.Failed));
    }
}
