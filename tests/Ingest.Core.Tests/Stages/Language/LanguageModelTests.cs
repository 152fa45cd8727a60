using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class LanguageModelTests
{
    private static readonly string[] Required =
    [
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl",
        "pt", "ro", "sk", "sl", "sv", "ca", "eu", "gl", "is", "nb", "nn", "sq", "sr", "bs", "mk", "uk", "be", "tr",
        "ar", "he", "fa", "hi", "zh", "ja", "ko", "vi", "id", "ms", "th",
    ];

    [Test]
    public void Default_KnowsAtLeastSixtyLanguages()
    {
        Assert.That(LanguageModel.Default.Languages.Distinct().Count(), Is.GreaterThanOrEqualTo(60));
    }

    [TestCaseSource(nameof(Required))]
    public void Default_KnowsRequiredLanguage(string tag)
    {
        Assert.That(LanguageModel.Default.Knows(tag), Is.True);
    }

    [Test]
    public void Default_HasATableForEachSharedScript_WithAColumnPerCandidate()
    {
        var model = LanguageModel.Default;
        for (var script = 0; script < model.CandidatesByScript.Length; script++)
        {
            var candidates = model.CandidatesByScript[script];
            var grams = model.GramsByScript[script];
            if (candidates.Length < 2)
            {
                Assert.That(grams, Is.Null, $"script {script} settles its language alone");
                continue;
            }
            Assert.That(grams, Is.Not.Null);
            Assert.That(grams!.Profiles, Is.EqualTo(candidates));
            Assert.That(grams.Table.Stride, Is.GreaterThanOrEqualTo(candidates.Length).And.LessThan(candidates.Length + System.Numerics.Vector<byte>.Count));
            Assert.That(grams.Table.Count, Is.GreaterThan(0));
        }
    }

    [Test]
    public void Default_LatinTable_KnowsCommonGramsAndNotCyrillicOnes()
    {
        var model = LanguageModel.Default;
        var latin = model.GramsByScript[Ingest.Core.Stages.Language.Scripts.UnicodeScriptTable.IdOf("Latin")]!;
        var cyrillic = model.GramsByScript[Ingest.Core.Stages.Language.Scripts.UnicodeScriptTable.IdOf("Cyrillic")]!;
        Assert.That(latin.Table.TryGet(NgramTableKey("the "), out _), Is.True);
        Assert.That(latin.Table.TryGet(NgramTableKey("ого "), out _), Is.False);
        Assert.That(cyrillic.Table.TryGet(NgramTableKey("ого "), out _), Is.True);
    }

    private static ulong NgramTableKey(string gram) => NgramTable.Pack(gram);

    [Test]
    public void Load_Rejects_DataThatIsNotAProfile()
    {
        using var packed = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write("NOPE"u8);
        }
        packed.Position = 0;
        Assert.That(() => LanguageModel.Load(packed), Throws.InstanceOf<InvalidDataException>());
    }
}
