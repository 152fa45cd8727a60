using Ingest.Core.Stages.Repair;

namespace Ingest.Core.Tests.Stages.Repair;

public sealed class DamageScannerTests
{
    private static readonly RepairOptions Defaults = new();

    public static IEnumerable<TestCaseData> Damage()
    {
        yield return new TestCaseData("Gent\uFFFD\uFFFD\uFFFD ist", "Gent ist", DamageScanner.CorruptRunKind, 3);
        yield return new TestCaseData("a\u0000b", "ab", DamageScanner.ControlKind, 1);
        yield return new TestCaseData("a\u0085\u0090b", "ab", DamageScanner.ControlKind, 2);
        yield return new TestCaseData("a\uD800b", "ab", DamageScanner.SurrogateKind, 1);
        yield return new TestCaseData("a\uDC00b", "ab", DamageScanner.SurrogateKind, 1);
        yield return new TestCaseData("a\uFDD0b", "ab", DamageScanner.NoncharacterKind, 1);
        yield return new TestCaseData("a\uFFFEb", "ab", DamageScanner.NoncharacterKind, 1);
        yield return new TestCaseData("icon \uE001\uE002 text", "icon  text", DamageScanner.PrivateUseKind, 2);
        yield return new TestCaseData("text \u0001\u0007\u00FE\u00FF\u0010\u00A4\u0011\u00B1\u0002 text", "text  text", DamageScanner.GarbageKind, 9);
    }

    [TestCaseSource(nameof(Damage))]
    public void Clean_RemovesDamage_WithOneRecord(string text, string expected, string kind, int count)
    {
        var pass = DamageScanner.Clean(text, Defaults);

        Assert.That(pass.Text, Is.EqualTo(expected));
        Assert.That(pass.Repairs.Select(r => (r.Kind, r.Count)), Is.EqualTo(new[] { (kind, count) }));
    }

    [TestCase("Tab\tand\nlines\fand pages")]
    [TestCase("Emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 stay")]
    [TestCase("Prices: 5 € ± 2 % × 3")]
    [TestCase("ZWJ in emoji 👩\u200D💻 and Persian می\u200Cخواهم stay")]
    public void Clean_KeepsText(string text)
    {
        var pass = DamageScanner.Clean(text, Defaults);

        Assert.That(pass.Text, Is.EqualTo(text));
        Assert.That(pass.Repairs, Is.Empty);
    }

    [Test]
    public void Clean_KeepsShortRunsOfU_FFFD_BelowTheThreshold()
    {
        var pass = DamageScanner.Clean("Gr\uFFFD\uFFFDe", new RepairOptions { MinCorruptRun = 3 });

        Assert.That(pass.Text, Is.EqualTo("Gr\uFFFD\uFFFDe"));
    }

    [Test]
    public void Clean_KeepsPrivateUse_WhenPolicySaysSo()
    {
        var pass = DamageScanner.Clean("icon \uE001", new RepairOptions { RemovePrivateUse = false });

        Assert.That(pass.Text, Is.EqualTo("icon \uE001"));
    }

    [Test]
    public void Clean_RemovesPolishTail_AsOneRecord()
    {
        var text = "Pobierz raport\n\n" + new string('\uFFFD', 7007);

        var pass = DamageScanner.Clean(text, Defaults);

        Assert.That(pass.Repairs.Single().Kind, Is.EqualTo(DamageScanner.CorruptRunKind));
        Assert.That(pass.Repairs.Single().Count, Is.EqualTo(7007));
        Assert.That(pass.Text, Is.EqualTo("Pobierz raport\n\n"));
    }
}
