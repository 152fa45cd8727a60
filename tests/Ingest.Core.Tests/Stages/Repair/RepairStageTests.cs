using Ingest.Core.Model;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Repair;

public sealed class RepairStageTests
{
    private static (Document Document, Ingest.Core.Pipeline.StageContext Context) Repair(string text, RepairOptions? options = null,
        DocumentFormat format = DocumentFormat.Text)
    {
        var context = TestDocuments.Context();
        var document = TestDocuments.FromText(text) with { Text = text };
        document = document with { Source = document.Source with { Format = format } };
        return (new RepairStage(options ?? new RepairOptions()).Run(document, context), context);
    }

    [Test]
    public void Run_RecordsSpansInTheDecodedText_AcrossPasses()
    {
        const string text = "a\r\nb\r\nc\uFFFD\uFFFDd";

        var (document, _) = Repair(text);

        var corrupt = document.Repairs.Single(r => r.Kind == DamageScanner.CorruptRunKind);
        Assert.That(document.Text, Is.EqualTo("a\nb\ncd"));
        Assert.That(text[corrupt.Span.Start..corrupt.Span.End], Is.EqualTo("\uFFFD\uFFFD"));
        Assert.That(document.Map.ToSource(document.Text.IndexOf('d')), Is.EqualTo(text.IndexOf('d')));
    }

    [Test]
    public void Run_ReportsDiagnosticsByCode_ForDamageOnly()
    {
        var (_, context) = Repair("Ã¤rger und \u0001 Streit\u00A0mit\u00ADeinander");

        Assert.That(context.Diagnostics.Select(d => d.Rule.Code).Order(), Is.EqualTo(new[] { "ING202", "ING205" }));
    }

    [Test]
    public void Run_FailsWhenOnlyDamageRemains_ButNotForShortText()
    {
        var (_, damaged) = Repair("\uFFFD\uFFFD\n\u0001\u0002\n");
        var (_, shortText) = Repair("ok");

        Assert.That(damaged.Stopped, Is.EqualTo(InputStatus.Failed));
        Assert.That(damaged.Diagnostics.Select(d => d.Rule.Code), Does.Contain("ING203"));
        Assert.That(shortText.Stopped, Is.Null);
    }

    [Test]
    public void Run_LeavesTextAlone_WhenEveryRepairIsOff()
    {
        var off = new RepairOptions
        {
            FixMojibake = false, NormalizeLineEndings = false, Nfc = false, Spaces = "keep", RemoveSoftHyphens = false,
            RemoveZeroWidth = false, ExpandLigatures = false, JoinHyphenated = false, JoinParagraphs = false,
        };
        const string text = "Ã¤ a\u00A0b\u00ADc \uFB01 e\u0301 bei-\nspiel\r\n";

        var (document, _) = Repair(text, off);

        Assert.That(document.Text, Is.EqualTo(text));
        Assert.That(document.Repairs, Is.Empty);
    }
}
