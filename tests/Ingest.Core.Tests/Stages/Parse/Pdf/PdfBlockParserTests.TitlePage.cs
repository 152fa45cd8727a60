using Ingest.Core.Stages.Parse;
using Ingest.Core.Stages.Parse.Pdf;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Parse.Pdf;

/// <summary>The date, version and address lines of a title page are no headings; the same words later may head a section.</summary>
public sealed partial class PdfBlockParserTests
{
    [Test]
    public void DateVersionAndAddressLines_OfTheFirstPage_AreNoHeadings()
    {
        var pages = new PdfPages().Page()
            .Block("The Ghent Report", size: 20, bold: true)
            .Block("Jane Doe, City of Ghent", size: 12)
            .Block("Version 3.01, 2013/01/14", size: 12)
            .Block("June 7, 2020", size: 12)
            .Block("https://example.org/ghent", size: 12)
            .Block("Introduction", size: 15, bold: true)
            .Block(Body)
            .Page()
            .Block("Changes in June 2023", size: 15, bold: true)
            .Block(Body)
            .Block("Version 2 of the plan", size: 12)
            .Block(Body);

        var repaired = new RepairStage(new RepairOptions()).Run(pages.Document(), TestDocuments.Context());
        var headings = new PdfBlockParser(new ParseOptions()).Headings(repaired).Select(b => b.Text);

        Assert.That(headings, Is.EqualTo(new[] { "The Ghent Report", "Jane Doe, City of Ghent", "Introduction", "Changes in June 2023", "Version 2 of the plan" }));
    }
}
