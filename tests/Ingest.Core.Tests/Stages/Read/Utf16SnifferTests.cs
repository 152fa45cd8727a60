using System.Text;
using Ingest.Core.Stages.Read;

namespace Ingest.Core.Tests.Stages.Read;

public sealed class Utf16SnifferTests
{
    [TestCase("utf-16le", "Hello, this is mostly ASCII text.")]
    [TestCase("utf-16be", "Hello, this is mostly ASCII text.")]
    [TestCase("utf-32le", "Hello")]
    [TestCase("utf-32be", "Hello")]
    [TestCase("utf-16le", "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα.")]
    public void Sniff_FindsWideEncodings(string encoding, string text)
    {
        Assert.That(Utf16Sniffer.Sniff(LegacyEncodings.Get(encoding).GetBytes(text)), Is.EqualTo(encoding));
    }

    [TestCase("windows-1251", "Все люди рождаются свободными и равными в своем достоинстве и правах.")]
    [TestCase("utf-8", "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια.")]
    [TestCase("shift_jis", "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。")]
    public void Sniff_IgnoresNarrowEncodings(string encoding, string text)
    {
        Assert.That(Utf16Sniffer.Sniff(LegacyEncodings.Get(encoding).GetBytes(text)), Is.Null);
    }

    private const string Chinese = "人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。";
    private const string Japanese = "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。";
    private const string Korean = "모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다. 인간은 천부적으로 이성과 양심을 부여받았으며";

    [TestCase("utf-16le", Chinese)]
    [TestCase("utf-16be", Chinese)]
    [TestCase("utf-16le", Japanese)]
    [TestCase("utf-16be", Japanese)]
    [TestCase("utf-16le", Korean)]
    [TestCase("utf-16be", Korean)]
    [TestCase("utf-16le", "第一条\n人人生而自由，在尊严和权利上一律平等。\n第二条\n人人有资格享有本宣言所载的一切权利和自由。\n")]
    public void Sniff_FindsUtf16OfCjkText_WhichHasNeitherZeroBytesNorOneHighByte(string encoding, string text)
    {
        Assert.That(Utf16Sniffer.Sniff(LegacyEncodings.Get(encoding).GetBytes(text)), Is.EqualTo(encoding));
    }

    [TestCase("utf-16be", "开synonym文件 \"%s\":")]
    [TestCase("utf-16le", "一 file, 一 line.")]
    public void Sniff_FindsMostlyAsciiUtf16_WithCjkCharactersEndingInAZeroByte(string encoding, string text)
    {
        Assert.That(Utf16Sniffer.Sniff(LegacyEncodings.Get(encoding).GetBytes(text)), Is.EqualTo(encoding));
    }

    [Test]
    public void Sniff_FindsUtf16OfCjkText_CutInTheMiddleOfAUnit()
    {
        var bytes = System.Text.Encoding.BigEndianUnicode.GetBytes(Chinese)[..^1];

        Assert.That(Utf16Sniffer.Sniff(bytes), Is.EqualTo("utf-16be"));
    }

    [TestCase("gb18030", Chinese)]
    [TestCase("big5", "人人生而自由，在尊嚴和權利上一律平等。他們賦有理性和良心，並應以兄弟關係的精神相對待。")]
    [TestCase("shift_jis", Japanese)]
    [TestCase("euc-jp", Japanese)]
    [TestCase("euc-kr", Korean)]
    public void Sniff_IgnoresLegacyCjkEncodings_ReadTwoBytesAtATime(string encoding, string text)
    {
        Assert.That(Utf16Sniffer.Sniff(LegacyEncodings.Get(encoding).GetBytes(text)), Is.Null);
    }

    [Test]
    public void Sniff_IgnoresLegacyCjkSamples_OfTheRepository()
    {
        var files = new[] { "ja.shift_jis.txt", "ja.euc-jp.txt", "zh.gb18030.txt", "ko.euc-kr.txt" };

        var found = files.Select(f => Utf16Sniffer.Sniff(File.ReadAllBytes(Ingest.Core.Tests.TestSupport.Repository.PathOf(Path.Combine("samples", "encodings", f)))));

        Assert.That(found, Is.All.Null);
    }
}
