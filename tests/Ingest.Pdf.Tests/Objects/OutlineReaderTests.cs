using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Objects;

public sealed class OutlineReaderTests
{
    private static IEnumerable<PdfOutlineItem> Flatten(IEnumerable<PdfOutlineItem> items) =>
        items.SelectMany(item => Flatten(item.Children).Prepend(item));

    [Test]
    public void Outline_HoldsHeadingTitles_WithPages()
    {
        var document = SampleFiles.Read("seed-de.pdf");
        var known = File.ReadAllLines(SampleFiles.PathOf("seed-de.txt"));
        var items = Flatten(document.Outline).ToList();

        Assert.That(items, Is.Not.Empty);
        Assert.That(items.Select(i => i.Title), Is.SubsetOf(known));
        Assert.That(items.Select(i => i.Page), Has.All.InRange(1, document.Pages.Length));
    }

    [Test]
    public void Outline_OfEncryptedCopy_IsDecrypted()
    {
        var plain = Flatten(SampleFiles.Read("seed-de.pdf").Outline).Select(i => i.Title);
        var encrypted = Flatten(SampleFiles.Read("enc-rc4-40.pdf").Outline).Select(i => i.Title);

        Assert.That(encrypted, Is.EqualTo(plain));
    }

    [Test]
    public void Outline_LoopingSiblings_AreCut()
    {
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] >>");
        builder.Add("null");
        builder.Add("<< /Type /Outlines /First 6 0 R >>");
        builder.Add("<< /Title (One) /Dest [3 0 R /XYZ 0 0 0] /Next 7 0 R >>");
        builder.Add("<< /Title <FEFF00540077006F> /Next 6 0 R >>");

        var outline = new PdfReader().Read(builder.Build("/Root 1 0 R")).Outline;

        Assert.That(outline.Select(i => (i.Title, i.Page)), Is.EqualTo(new[] { ("One", (int?)1), ("Two", null) }));
    }
}
