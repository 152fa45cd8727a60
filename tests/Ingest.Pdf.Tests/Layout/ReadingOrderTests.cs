using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed class ReadingOrderTests
{
    [Test]
    public void Columns_AreReadOneAfterAnother_BetweenFullWidthBlocks()
    {
        PdfBox[] boxes =
        [
            new(300, 300, 500, 400), // 0: right column, lower band
            new(50, 20, 500, 40),    // 1: full-width title
            new(50, 50, 250, 150),   // 2: left column, upper band
            new(300, 50, 500, 150),  // 3: right column, upper band
            new(50, 170, 500, 190),  // 4: full-width figure caption
            new(50, 300, 250, 400),  // 5: left column, lower band
            new(50, 200, 250, 290),  // 6: left column, lower band, first
        ];

        Assert.That(ReadingOrder.Sort(boxes, rightToLeft: false), Is.EqualTo(new[] { 1, 2, 3, 4, 6, 5, 0 }));
    }

    [Test]
    public void RightToLeftPages_ReadTheRightColumnFirst()
    {
        PdfBox[] boxes = [new(50, 50, 250, 150), new(300, 50, 500, 150)];

        Assert.That(ReadingOrder.Sort(boxes, rightToLeft: true), Is.EqualTo(new[] { 1, 0 }));
    }
}
