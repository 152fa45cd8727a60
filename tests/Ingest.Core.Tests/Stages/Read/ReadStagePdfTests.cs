using Ingest.Core.Model;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Read.Pdf;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Read;

/// <summary>PDF input through the read stage: text from the managed reader, findings as diagnostics.</summary>
public sealed class ReadStagePdfTests
{
    private static (Document Document, Ingest.Core.Pipeline.StageContext Context) Read(string sample, ReadOptions? options = null)
    {
        var bytes = File.ReadAllBytes(Repository.PathOf("samples/pdf/" + sample));
        var context = TestDocuments.Context();
        return (new ReadStage(options ?? new ReadOptions()).Run(TestDocuments.FromBytes(bytes, "samples/pdf/" + sample), context), context);
    }

    [Test]
    public void Pdf_IsReadAsText_WithFormatPdf()
    {
        var (document, context) = Read("seed-de.pdf");
        Assert.That(context.Stopped, Is.Null);
        Assert.That(document.Source.Format, Is.EqualTo(DocumentFormat.Pdf));
        Assert.That(document.Encoding.Method, Is.EqualTo("pdf"));
        Assert.That(document.Text, Does.Contain("Jobteam Gent").And.Contain("Außergewöhnliche"));
        Assert.That(document.Text, Does.Not.Contain("\uFFFD"));
    }

    [Test]
    public void Pdf_DecodedText_HasOneFormFeedPerPageBreak_AndARegionPerBlock()
    {
        var (document, _) = Read("seed-de.pdf");
        var layout = document.Layout!;
        Assert.That(document.Text.Count(c => c == '\f'), Is.EqualTo(layout.PageCount - 1));
        Assert.That(layout.Regions, Is.Not.Empty);
        Assert.That(layout.Regions.Select(r => r.Page), Is.Ordered);
        Assert.That(layout.Regions.Zip(layout.Regions.Skip(1)).All(p => p.First.Span.End < p.Second.Span.Start), Is.True, "regions in order, apart");
        var heading = layout.Regions.First(r => document.Text[r.Span.Start..r.Span.End] == "Wichtigste Erkenntnisse");
        Assert.That(heading.FontSize, Is.GreaterThan(layout.BodyFontSize));
        Assert.That(heading.Box.Right, Is.GreaterThan(heading.Box.Left));
        Assert.That(heading.Box.Bottom, Is.GreaterThan(heading.Box.Top));
    }

    [Test]
    public void EncryptedPdf_WithoutItsPassword_FailsWithTheReason()
    {
        var (_, context) = Read("enc-aes-256-user.pdf");
        Assert.That(context.Stopped, Is.EqualTo(InputStatus.Failed));
        var codes = context.Diagnostics.Select(d => d.Code).ToList();
        Assert.That(codes, Has.Member(PdfReadRules.For(Ingest.Pdf.PdfRules.WrongPassword).Code).And.Member(ReadRules.NoText.Code));
    }

    [Test]
    public void EncryptedPdf_WithItsPassword_IsRead()
    {
        var password = File.ReadAllText(Repository.PathOf("samples/pdf/enc-aes-256-user.password")).Trim();
        var (document, context) = Read("enc-aes-256-user.pdf", new ReadOptions { Pdf = new PdfOptions { Password = password } });
        Assert.That(context.Stopped, Is.Null);
        Assert.That(document.Text, Is.Not.Empty);
    }

    [Test]
    public void PdfRules_MapToStableIngestCodesInTheReadRange()
    {
        Assert.That(PdfReadRules.For(Ingest.Pdf.PdfRules.NotPdf).Code, Is.EqualTo("ING111"));
        Assert.That(PdfReadRules.All.Select(r => r.Code), Is.All.Matches<string>(c => string.CompareOrdinal(c, "ING111") >= 0 && string.CompareOrdinal(c, "ING199") <= 0));
    }
}
