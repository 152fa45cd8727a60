using Ingest.Core.Stages.Repair;

namespace Ingest.Core.Tests.Stages.Repair;

public sealed class CharacterNormalizerTests
{
    private static readonly RepairOptions Defaults = new();

    [TestCase("a\r\nb\rc", "a\nb\nc", CharacterNormalizer.LineEndingKind, 2)]
    [TestCase("5\u00A0km, 10\u202F000, a\u2009b", "5 km, 10 000, a b", CharacterNormalizer.SpaceKind, 3)]
    [TestCase("Ge\u00ADsund\u00ADheit", "Gesundheit", CharacterNormalizer.SoftHyphenKind, 2)]
    [TestCase("zero\u200Bwidth\uFEFF", "zerowidth", CharacterNormalizer.ZeroWidthKind, 2)]
    [TestCase("\uFB01nd the \uFB02ow, e\uFB03cient", "find the flow, efficient", CharacterNormalizer.LigatureKind, 3)]
    public void Normalize_RecordsOneRepairPerKind(string text, string expected, string kind, int count)
    {
        var pass = CharacterNormalizer.Normalize(text, Defaults);

        Assert.That(pass.Text, Is.EqualTo(expected));
        Assert.That(pass.Repairs.Select(r => (r.Kind, r.Count)), Is.EqualTo(new[] { (kind, count) }));
    }

    [TestCase("Ideographic\u3000space and ZWNJ می\u200Cخواهم stay")]
    [TestCase("Plain\nLF text")]
    public void Normalize_KeepsWhatBelongsToText(string text)
    {
        Assert.That(CharacterNormalizer.Normalize(text, Defaults).Text, Is.EqualTo(text));
    }

    [Test]
    public void Normalize_KeepsSpaces_WhenPolicyIsKeep()
    {
        Assert.That(CharacterNormalizer.Normalize("5\u00A0km", new RepairOptions { Spaces = "keep" }).Text, Is.EqualTo("5\u00A0km"));
    }

    [Test]
    public void NfcNormalizer_ComposesDecomposedLetters_AndMapsBack()
    {
        const string text = "Cafe\u0301 und Gru\u0308n";

        var pass = NfcNormalizer.Normalize(text, Defaults);

        Assert.That(pass.Text, Is.EqualTo("Café und Grün"));
        Assert.That(pass.Repairs.Single().Count, Is.EqualTo(2));
        Assert.That(pass.Map.ToSource(pass.Text.IndexOf('G')), Is.EqualTo(text.IndexOf('G')));
    }

    [Test]
    public void NfcNormalizer_LeavesNfcTextAlone()
    {
        Assert.That(NfcNormalizer.Normalize("Café, Grün, 東京", Defaults).Repairs, Is.Empty);
    }
}
