using Ingest.Core.Model;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Golden;

/// <summary>The seed reports printed to PDF by LibreOffice give the outline of the text seeds they were made from.</summary>
/// <remarks>
/// <c>seed-de</c> and <c>seed-en</c> hold the first blocks of their seed, <c>seed-*-full</c> the whole report
/// (<c>samples/pdf/NAME.txt</c> is that text), so the expected outline is the seed's golden outline up to the last
/// heading whose title the PDF's text holds; back matter (the seed's end) and the findings are left out of both
/// sides, as a cut-off report cannot match them.
/// </remarks>
public sealed class PdfSeedOutlineTests
{
    private static IEnumerable<TestCaseData> Seeds() =>
    [
        new TestCaseData("seed-de", "seeds/002_1bd487e2753dbea3.txt").SetName("SeedPdf_GivesTheTextSeedsOutline(de)"),
        new TestCaseData("seed-en", "seeds/004_a72fd32449421a5f.txt").SetName("SeedPdf_GivesTheTextSeedsOutline(en)"),
        new TestCaseData("seed-de-full", "seeds/002_1bd487e2753dbea3.txt").SetName("SeedPdf_GivesTheTextSeedsOutline(de, whole report)"),
        new TestCaseData("seed-en-full", "seeds/004_a72fd32449421a5f.txt").SetName("SeedPdf_GivesTheTextSeedsOutline(en, whole report)"),
    ];

    [TestCaseSource(nameof(Seeds))]
    public void SeedPdf_GivesTheTextSeedsOutline(string sample, string seed)
    {
        var (document, diagnostics) = StructurePipeline.Run(Repository.Root, $"samples/pdf/{sample}.pdf");
        var actual = Lines(Outline.Of(document, diagnostics, withDiagnostics: false));
        var known = File.ReadAllLines(Repository.PathOf($"samples/pdf/{sample}.txt"));
        var golden = Lines(File.ReadAllText(Repository.PathOf($"tests/Ingest.Core.Tests/Golden/{seed}.outline.txt")));
        var inPdf = HeadingsInOrder(golden, known);
        Assert.That(inPdf, Is.GreaterThan(10), "the PDF covers a good part of the seed's outline");
        Assert.That(actual, Is.EqualTo(golden.Take(inPdf)));
    }

    /// <summary>How many outline lines, from the first, have their heading in the known text in the same order.</summary>
    private static int HeadingsInOrder(List<string> outline, string[] known)
    {
        var at = 0;
        for (var i = 0; i < outline.Count; i++)
        {
            var title = outline[i].Split(" | ")[1];
            while (at < known.Length && Ingest.Core.Stages.Parse.HeadingNumber.Split(known[at]).Title != title)
            {
                at++;
            }
            if (at == known.Length)
            {
                return i;
            }
        }
        return outline.Count;
    }

    [TestCaseSource(nameof(Seeds))]
    public void SeedPdf_BlocksAndSections_CarryPages(string sample, string seed)
    {
        _ = seed;
        var (document, _) = StructurePipeline.Run(Repository.Root, $"samples/pdf/{sample}.pdf");
        var pageCount = document.Layout!.PageCount;
        Assert.That(pageCount, Is.GreaterThan(1));
        Assert.That(document.Blocks.Select(b => b.Origin), Is.All.Not.Null);
        Assert.That(document.Blocks.Select(b => b.Origin!.Page), Is.Ordered, "blocks in reading order, page by page");
        Assert.That(document.Blocks.Select(b => b.Origin!.LastPage), Is.All.InRange(1, pageCount));
        var pages = document.Sections.Select(s => s.Pages).ToList();
        Assert.That(pages, Is.All.Not.Null);
        Assert.That(pages.Select(p => p!.Value.First), Is.Ordered);
        Assert.That(pages.All(p => p!.Value.First <= p.Value.Last), Is.True);
        Assert.That(pages[^1]!.Value.Last, Is.EqualTo(pageCount));
    }

    [Test]
    public void SeedPdf_ParagraphsCutByPageBreaks_AreJoinedAndRecorded()
    {
        var (document, _) = StructurePipeline.Run(Repository.Root, "samples/pdf/seed-de.pdf");
        var joins = document.Repairs.Where(r => r.Kind == Ingest.Core.Stages.Repair.BreakJoiner.ParagraphKind).ToList();
        Assert.That(joins, Is.Not.Empty);
        var known = File.ReadAllLines(Repository.PathOf("samples/pdf/seed-de.txt"));
        // Every paragraph of the known text that runs over a page is one block, word for word.
        var spanning = document.Blocks.Where(b => b.Kind == BlockKind.Paragraph && b.Origin!.LastPage > b.Origin.Page).ToList();
        Assert.That(spanning, Has.Count.EqualTo(joins.Count));
        Assert.That(spanning.Select(b => b.Text), Is.SubsetOf(known));
    }

    private static List<string> Lines(string outline) =>
        [.. outline.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('!') && !l.EndsWith(" | back", StringComparison.Ordinal))];
}
