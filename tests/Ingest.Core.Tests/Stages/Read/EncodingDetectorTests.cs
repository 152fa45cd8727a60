using System.Text;
using Ingest.Core.Stages.Read;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Read;

public sealed class EncodingDetectorTests
{
    private static readonly EncodingDetector Detector = new(new ReadOptions());

    public static IEnumerable<TestCaseData> Samples() =>
        Directory.GetFiles(Repository.PathOf(Path.Combine("samples", "encodings")), "*.txt")
            .Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Detect_DecodesSampleIdentically({Path.GetFileName(f)})"));

    [TestCaseSource(nameof(Samples))]
    public void Detect_DecodesSampleIdentically(string file)
    {
        var parts = file.Split('.');
        var bytes = File.ReadAllBytes(Repository.PathOf(Path.Combine("samples", "encodings", file)));
        var expected = File.ReadAllText(Repository.PathOf(Path.Combine("samples", "encodings", parts[0] + ".expected.txt")), Encoding.UTF8);

        var detection = Detector.Detect(bytes);
        var decoded = TextDecoder.Decode(bytes, detection);

        Assert.That(decoded.Text, Is.EqualTo(expected));
        Assert.That(detection.Encoding.Confidence, Is.GreaterThan(0.6));
    }

    [TestCase("pl.windows-1250.txt", "windows-1250")]
    [TestCase("ru.koi8-r.txt", "koi8-r")]
    [TestCase("ru.windows-1251.txt", "windows-1251")]
    [TestCase("ja.shift_jis.txt", "shift_jis")]
    [TestCase("ja.euc-jp.txt", "euc-jp")]
    [TestCase("zh.gb18030.txt", "gb18030")]
    [TestCase("ko.euc-kr.txt", "euc-kr")]
    [TestCase("de.utf-16le.txt", "utf-16le")]
    [TestCase("ja.utf-16le.txt", "utf-16le")]
    [TestCase("zh.utf-16be.txt", "utf-16be")]
    [TestCase("ko.utf-16le.txt", "utf-16le")]
    public void Detect_NamesTheEncoding_ForUnambiguousSamples(string file, string expected)
    {
        var detection = Detector.Detect(File.ReadAllBytes(Repository.PathOf(Path.Combine("samples", "encodings", file))));

        Assert.That(detection.Encoding.Name, Is.EqualTo(expected));
    }

    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, "utf-8", 3)]
    [TestCase(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, "utf-16le", 2)]
    [TestCase(new byte[] { 0xFE, 0xFF, 0x00, 0x41 }, "utf-16be", 2)]
    [TestCase(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00 }, "utf-32le", 4)]
    public void Detect_TrustsByteOrderMark(byte[] bytes, string expected, int bomLength)
    {
        var detection = Detector.Detect(bytes);

        Assert.That((detection.Encoding.Name, detection.Encoding.Method, detection.BomLength), Is.EqualTo((expected, "bom", bomLength)));
    }

    [Test]
    public void Detect_ChoosesUtf8_ForValidUtf8EvenWhenCutMidCharacter()
    {
        var bytes = Encoding.UTF8.GetBytes("Zażółć gęślą jaźń")[..^1];

        var detection = Detector.Detect(bytes);

        Assert.That((detection.Encoding.Name, detection.Encoding.Method), Is.EqualTo(("utf-8", "utf8")));
    }

    [Test]
    public void Detect_FindsUtf16BigEndianWithoutBom()
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes("Plain text in UTF-16, big-endian, without a byte order mark.");

        Assert.That(Detector.Detect(bytes).Encoding.Name, Is.EqualTo("utf-16be"));
    }

    [Test]
    public void Detect_FindsUtf16OfCyrillicText_WhichHasNoZeroBytes()
    {
        var bytes = Encoding.Unicode.GetBytes("Все люди рождаются свободными и равными в своем достоинстве и правах.");

        Assert.That(Detector.Detect(bytes).Encoding.Name, Is.EqualTo("utf-16le"));
    }

    [Test]
    public void Detect_RecognisesIso2022JpEscapes_InSevenBitBytes()
    {
        var bytes = LegacyEncodings.Get("iso-2022-jp").GetBytes("すべての人間は、生まれながらにして自由であり");

        var detection = Detector.Detect(bytes);

        Assert.That((detection.Encoding.Name, detection.Encoding.Method), Is.EqualTo(("iso-2022-jp", "escape")));
    }

    [Test]
    public void Detect_ReadsPureAsciiAsUtf8()
    {
        var detection = Detector.Detect("Nothing but ASCII here."u8);

        Assert.That((detection.Encoding.Name, detection.DeclaredContradicted), Is.EqualTo(("utf-8", false)));
    }
}
