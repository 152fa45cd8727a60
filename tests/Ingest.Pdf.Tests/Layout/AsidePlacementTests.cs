using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Tests.Layout;

public sealed class AsidePlacementTests
{
    // A one-column page: three paragraphs of 11 pt type at x 50-300.
    private static readonly PdfBox[] Body = [new(50, 50, 300, 140), new(50, 150, 300, 250), new(50, 260, 300, 350)];

    private static List<int> Place(PdfBox[] boxes, double[] sizes) =>
        AsidePlacement.Place([.. Enumerable.Range(0, boxes.Length)], boxes, sizes, bodySize: 11);

    [Test]
    public void MarginNote_IsRead_AfterTheParagraphBesideItsTop()
    {
        // The note starts beside the second paragraph and runs down beside the third.
        PdfBox[] boxes = [.. Body, new(320, 200, 450, 290)];

        Assert.That(Place(boxes, [11, 11, 11, 10]), Is.EqualTo(new[] { 0, 1, 3, 2 }));
    }

    [Test]
    public void MarginNoteInTheLeftMargin_IsPlacedTheSameWay()
    {
        PdfBox[] boxes = [new(-150, 60, -20, 100), .. Body];

        Assert.That(Place(boxes, [10, 11, 11, 11]), Is.EqualTo(new[] { 1, 0, 2, 3 }));
    }

    [Test]
    public void SidebarText_FollowsItsTitle_EvenWhenItStartsBesideTheNextParagraph()
    {
        // Title beside the end of the first paragraph, its text beside the second.
        PdfBox[] boxes = [.. Body, new(320, 120, 450, 132), new(320, 136, 450, 230)];

        Assert.That(Place(boxes, [11, 11, 11, 9.5, 8.5]), Is.EqualTo(new[] { 0, 3, 4, 1, 2 }));
    }

    [Test]
    public void SmallCaptionInAColumn_KeepsItsPlace()
    {
        // Two columns; a 9 pt caption in the left one, beside the right column's paragraph. Its column holds body text.
        PdfBox[] boxes = [new(50, 50, 250, 200), new(80, 210, 220, 222), new(50, 230, 250, 400), new(300, 50, 500, 400)];

        Assert.That(Place(boxes, [11, 9, 11, 11]), Is.EqualTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void SmallCaptionNarrowerThanItsColumn_KeepsItsPlace()
    {
        // Two columns; a short 9 pt caption in the right one, level with the left column's paragraph. The right
        // column's paragraphs overlap it and not the left one: it belongs to its column.
        PdfBox[] boxes = [new(50, 50, 250, 400), new(300, 50, 500, 150), new(340, 160, 380, 172), new(300, 180, 500, 400)];

        Assert.That(Place(boxes, [11, 11, 9, 11]), Is.EqualTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void SmallRunningHeader_WithNothingBesideIt_KeepsItsPlace()
    {
        PdfBox[] boxes = [new(350, 20, 450, 30), .. Body];

        Assert.That(Place(boxes, [8.5, 11, 11, 11]), Is.EqualTo(new[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void SmallTypeBesideSmallType_KeepsItsPlace()
    {
        // An index in three columns of 9 pt under an 11 pt paragraph: the third column's second block starts level
        // with the first column's second block, which is no body text to anchor to.
        PdfBox[] boxes = [new(50, 50, 500, 100), new(50, 150, 200, 200), new(50, 210, 200, 260), new(220, 150, 370, 260),
            new(390, 150, 500, 180), new(390, 215, 500, 240)];

        Assert.That(Place(boxes, [11, 9, 9, 9, 9, 9]), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
    }

    [Test]
    public void BlocksOfBodySize_AreNeverMoved()
    {
        // A second column of body type: read after the first, as ReadingOrder put it.
        PdfBox[] boxes = [.. Body, new(320, 200, 450, 290)];

        Assert.That(Place(boxes, [11, 11, 11, 11]), Is.EqualTo(new[] { 0, 1, 2, 3 }));
    }
}
