using System.Text.RegularExpressions;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Golden;

/// <summary>Running headers, footers and page numbers of the layout samples are gone from the sections and recorded as repairs.</summary>
/// <remarks><c>samples/pdf/NAME.furniture.txt</c> holds one pattern a line for the sample's furniture; a pattern may match the output no more often than the known text (a running title can also be a phrase of the body).</remarks>
public sealed class PdfFurnitureTests
{
    private static IEnumerable<TestCaseData> Samples() =>
        Directory.EnumerateFiles(Repository.PathOf("samples/pdf"), "*.furniture.txt").Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f)[..^".furniture.txt".Length])
            .Select(name => new TestCaseData(name).SetName($"Furniture_IsGoneFromSections_AndRecorded({name})"));

    [TestCaseSource(nameof(Samples))]
    public void Furniture_IsGoneFromSections_AndRecorded(string name)
    {
        var (document, _) = StructurePipeline.Run(Repository.Root, $"samples/pdf/{name}.pdf");
        var output = string.Join("\n", document.Sections.SelectMany(s => new[] { s.Title, s.Text }));
        var known = File.ReadAllText(Repository.PathOf($"samples/pdf/{name}.txt"));
        var patterns = File.ReadAllLines(Repository.PathOf($"samples/pdf/{name}.furniture.txt")).Where(p => p.Length > 0).ToList();
        Assert.That(patterns, Is.Not.Empty);
        foreach (var pattern in patterns)
        {
            var regex = new Regex(pattern, RegexOptions.Multiline);
            Assert.That(regex.Count(output), Is.LessThanOrEqualTo(regex.Count(known)), pattern);
        }
        var removed = document.Repairs.Where(r => r.Kind == PageCleaner.FurnitureKind).ToList();
        Assert.That(removed, Has.Count.GreaterThanOrEqualTo(document.Layout!.PageCount));
        Assert.That(removed.Select(r => r.Detail), Is.All.Match(@"on page \d+"));
    }
}
