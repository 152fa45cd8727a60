using Ingest.Core.Tests.Stages.Group;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Align;

/// <summary>What every version of the align stage must do (issue 2's contract).</summary>
public sealed class AlignStageContractTests
{
    [Test]
    public void ParallelSections_AreAligned_OneToOne_WithConfidenceAndEvidence()
    {
        var corpus = TestCorpus.Run(("a/en.md", GroupStageContractTests.EnglishText), ("b/de.md", GroupStageContractTests.GermanText));
        var bundle = corpus.Bundles.Single();
        string TitleOf(string sectionId) => corpus.Documents.SelectMany(d => d.Sections).Single(s => s.Id == sectionId).Title;
        var pairs = bundle.Alignments.Select(a => string.Join(" = ", a.Members.Select(m => TitleOf(m.Section)).Order(StringComparer.Ordinal))).ToList();
        Assert.That(pairs, Has.Member("Housing = Wohnen").And.Member("Transport = Verkehr"));
        Assert.That(pairs, Has.No.Member("Transport = Wohnen").And.No.Member("Housing = Verkehr"));
        foreach (var alignment in bundle.Alignments)
        {
            Assert.That(alignment.Confidence, Is.InRange(0.0, 1.0));
            Assert.That(alignment.Evidence, Is.Not.Empty);
            Assert.That(alignment.Members.Select(m => m.Document).Distinct().Count(), Is.GreaterThanOrEqualTo(2));
        }
        var aligned = bundle.Alignments.SelectMany(a => a.Members.Select(m => m.Section)).ToList();
        Assert.That(aligned, Is.Unique, "a section appears in at most one alignment");
    }

    [Test]
    public void DocumentsAlone_GetNoAlignments()
    {
        var corpus = TestCorpus.Run(("a/en.md", GroupStageContractTests.EnglishText));
        Assert.That(corpus.Bundles.Single().Alignments, Is.Empty);
    }
}
