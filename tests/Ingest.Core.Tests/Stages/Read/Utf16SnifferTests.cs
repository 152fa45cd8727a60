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
}
