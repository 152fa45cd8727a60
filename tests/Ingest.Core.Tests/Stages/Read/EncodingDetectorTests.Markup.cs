using System.Text;
using Ingest.Core.Stages.Read;

namespace Ingest.Core.Tests.Stages.Read;

/// <summary>Markup is ASCII and English-like; it must not pull non-Latin text towards Latin encodings.</summary>
public sealed class EncodingDetectorMarkupTests
{
    private static readonly EncodingDetector Detector = new(new ReadOptions());

    private static string Page(string body) =>
        "<!DOCTYPE html><html><head><title>report</title><link rel=\"stylesheet\" href=\"/assets/styles/main.css\">"
        + "<script src=\"/assets/scripts/navigation.js\"></script></head><body><nav class=\"navigation\"><ul>"
        + "<li><a href=\"/about/contact\">contact</a></li><li><a href=\"/about/privacy-policy\">privacy</a></li></ul></nav>"
        + $"<main class=\"content\"><p class=\"paragraph lead\">{body}</p></main><footer class=\"footer\">footer</footer></body></html>";

    [TestCase("windows-1251", "Все люди рождаются свободными.")]
    [TestCase("koi8-r", "Все люди рождаются свободными.")]
    [TestCase("windows-1253", "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι.")]
    [TestCase("shift_jis", "すべての人間は、生まれながらにして自由である。")]
    [TestCase("windows-1250", "Wszyscy ludzie rodzą się wolni i równi.")]
    public void Detect_FindsShortNonAsciiText_InsideMuchMarkup(string encoding, string body)
    {
        var bytes = LegacyEncodings.Get(encoding).GetBytes(Page(body));

        var decoded = TextDecoder.Decode(bytes, Detector.Detect(bytes));

        Assert.That(decoded.Text, Does.Contain(body));
    }

    [Test]
    public void Detect_GivesLowerConfidence_ToShorterSamples()
    {
        var shortOne = Detector.Detect(LegacyEncodings.Get("windows-1250").GetBytes("Kto ma koń?")).Encoding.Confidence;
        var longOne = Detector.Detect(LegacyEncodings.Get("windows-1250").GetBytes(
            "Wszyscy ludzie rodzą się wolni i równi pod względem swej godności i swych praw.")).Encoding.Confidence;

        Assert.That(longOne, Is.GreaterThan(shortOne));
    }
}
