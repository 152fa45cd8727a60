using System.Text;
using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Io;

/// <summary>Bad input gives diagnostics, never an exception, a hang or unbounded memory.</summary>
public sealed class RobustnessTests
{
    private static IEnumerable<string> Codes(PdfDocument document) => document.Diagnostics.Select(d => d.Code);

    [Test]
    public void DecompressionBomb_IsStoppedAtTheLimit()
    {
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>");
        builder.AddFlateStream("", new byte[64 << 20]);

        var document = new PdfReader(new PdfReadOptions { MaxDecodedStreamBytes = 1 << 20 }).Read(builder.Build("/Root 1 0 R"));

        Assert.That(Codes(document), Does.Contain(PdfRules.StreamTooLarge.Code));
    }

    [Test]
    public void FormXObjectPaintingItself_IsCut()
    {
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources 5 0 R >>");
        builder.AddStream("", "/X1 Do"u8.ToArray());
        builder.Add("<< /XObject << /X1 6 0 R >> /Font << /F1 7 0 R >> >>");
        builder.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources 5 0 R",
            "BT /F1 9 Tf 10 10 Td (loop) Tj ET /X1 Do"u8.ToArray());
        builder.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

        var document = new PdfReader().Read(builder.Build("/Root 1 0 R"));

        Assert.That(Codes(document), Does.Contain(PdfRules.ReferenceCycle.Code));
        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("loop"));
    }

    [Test]
    public void ReferenceChainLoop_AndPageTreeLoop_AreCut()
    {
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>");
        builder.Add("5 0 R");
        builder.Add("4 0 R");

        var document = new PdfReader().Read(builder.Build("/Root 1 0 R"));

        Assert.That(document.Pages, Has.Length.EqualTo(1));
        Assert.That(Codes(document), Does.Contain(PdfRules.ReferenceCycle.Code));
    }

    [TestCase(0.3)]
    [TestCase(0.6)]
    [TestCase(0.9)]
    public void TruncatedFile_IsReadAsFarAsPossible(double fraction)
    {
        var bytes = File.ReadAllBytes(SampleFiles.PathOf("seed-de.pdf"));

        var document = new PdfReader().Read(bytes.AsMemory(0, (int)(bytes.Length * fraction)));

        Assert.That(Codes(document), Does.Contain(PdfRules.Truncated.Code));
        Assert.That(Codes(document), Has.None.EqualTo(PdfRules.Internal.Code));
    }

    [Test]
    public void BrokenXref_IsRebuiltByScanning()
    {
        var document = SampleFiles.Read("broken-xref.pdf");

        Assert.That(Codes(document), Does.Contain(PdfRules.XrefRebuilt.Code));
        Assert.That(document.ExtractText(), Does.Contain("Maßnahmen"));
    }

    [Test]
    public void IncrementalUpdate_LastRevisionWins()
    {
        var text = SampleFiles.Read("incremental.pdf").ExtractText();

        Assert.That(text, Does.Not.Contain("Erste Fassung"));
        Assert.That(text, Does.Contain("Kompletten Stadtreport herunterladen"));
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    [TestCase(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    public void Garbage_GivesNoPagesDiagnostic(byte[] bytes)
    {
        var document = new PdfReader().Read(bytes);

        Assert.That(document.Pages, Is.Empty);
        Assert.That(Codes(document), Does.Contain(PdfRules.NoPages.Code));
    }

    [Test]
    public void RandomCorruption_NeverThrows()
    {
        var original = File.ReadAllBytes(SampleFiles.PathOf("objstm-xrefstm.pdf"));
        var random = new Random(7);
        for (var round = 0; round < 40; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var k = 0; k < 20; k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var document = new PdfReader().Read(bytes);

            Assert.That(Codes(document), Has.None.EqualTo(PdfRules.Internal.Code), $"round {round}");
        }
    }

    [Test]
    public void ObjectWithoutXref_IsFoundBehindAMissingTrailer()
    {
        var pdf = Encoding.Latin1.GetString(PdfBuilder.OnePage("BT /F1 12 Tf 72 700 Td (found) Tj ET"));
        var cut = pdf[..pdf.IndexOf("xref", StringComparison.Ordinal)];

        var document = new PdfReader().Read(Encoding.Latin1.GetBytes(cut));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("found"));
    }
}
