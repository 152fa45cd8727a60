using Ingest.Core.Model;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Parse.Pdf;

/// <summary>A bold label smaller than the text, repeated (the "Parameters" of each function), is no heading; a repeated title at body size is.</summary>
public sealed partial class PdfBlockParserTests
{
    [Test]
    public void SmallBoldLabel_RepeatedThreeTimes_IsNoHeading()
    {
        var pages = new PdfPages().Page().Block("Functions", size: 15, bold: true);
        foreach (var name in new[] { "Blob.new", "Blob.length", "Face.new" })
        {
            pages.Block(name + " (file)", size: 12, bold: true).Block(Body).Block("Parameters", size: 9, bold: true).Block(Body);
        }

        var headings = Parse(pages.Document()).Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text);

        Assert.That(headings, Is.EqualTo(new[] { "Functions", "Blob.new (file)", "Blob.length (file)", "Face.new (file)" }));
    }

    [Test]
    public void SmallBoldLabel_MetTwice_AndRepeatedTitlesAtBodySize_AreHeadings()
    {
        var pages = new PdfPages().Page().Block("Classes", size: 15, bold: true);
        foreach (var name in new[] { "Area", "Borders", "Cities" })
        {
            pages.Block(name + " Class Reference", size: 12, bold: true).Block("Detailed Description", bold: true).Block(Body);
        }
        pages.Block("Notes", size: 9, bold: true).Block(Body).Block("Notes", size: 9, bold: true).Block(Body);

        var headings = Parse(pages.Document()).Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();

        Assert.That(headings.Count(h => h == "Detailed Description"), Is.EqualTo(3));
        Assert.That(headings.Count(h => h == "Notes"), Is.EqualTo(2));
    }
}
