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
