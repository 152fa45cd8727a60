using Ingest.Core.Stages.Parse;

namespace Ingest.Core.Tests.Stages.Parse;

public sealed class HeadingNumberTests
{
    private static IEnumerable<TestCaseData> Cases() =>
    [
        new TestCaseData("3.2. Jobteam Gent", "3.2", "Jobteam Gent").SetName("Split_ReadsDottedNumber_WithTrailingDot"),
        new TestCaseData("2.1 Priority areas", "2.1", "Priority areas").SetName("Split_ReadsDottedNumber"),
        new TestCaseData("IV. Résultats", "IV", "Résultats").SetName("Split_ReadsRomanNumber_WithFullStop"),
        new TestCaseData("A.1 Data sources", "A.1", "Data sources").SetName("Split_ReadsAnnexNumber"),
        new TestCaseData("A. Smith", null, "A. Smith").SetName("Split_LeavesInitials_Alone"),
        new TestCaseData("IV Results", null, "IV Results").SetName("Split_NeedsFullStop_AfterRomanNumber"),
        new TestCaseData("Key Takeaways:", null, "Key Takeaways").SetName("Split_DropsClosingColon"),
        new TestCaseData("2023 was a good year", null, "2023 was a good year").SetName("Split_LeavesYears_Alone"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Split_SeparatesNumberAndTitle(string heading, string? number, string title) =>
        Assert.That(HeadingNumber.Split(heading), Is.EqualTo((number, title)));

    [TestCase("3", 1)]
    [TestCase("3.2.1", 3)]
    [TestCase("IV", 1)]
    [TestCase("A.1", 2)]
    public void Depth_CountsParts(string number, int depth) => Assert.That(HeadingNumber.Depth(number), Is.EqualTo(depth));
}
