using Ingest.Core.Stages.Language.Scripts;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class UnicodeScriptTableTests
{
    [TestCase('A', "Latin")]
    [TestCase('ž', "Latin")]
    [TestCase('Ж', "Cyrillic")]
    [TestCase('λ', "Greek")]
    [TestCase('中', "Han")]
    [TestCase('の', "Hiragana")]
    [TestCase('한', "Hangul")]
    [TestCase('ש', "Hebrew")]
    [TestCase('ب', "Arabic")]
    [TestCase('ก', "Thai")]
    [TestCase('क', "Devanagari")]
    [TestCase(' ', "Common")]
    [TestCase('7', "Common")]
    [TestCase('\u0301', "Common")]
    public void Of_ReturnsScript_ForBmpCharacter(char c, string script)
    {
        Assert.That(UnicodeScriptTable.Names[UnicodeScriptTable.Of(c)], Is.EqualTo(script));
    }

    [TestCase(0x20000, "Han")]
    [TestCase(0x1F600, "Common")]
    [TestCase(0x10400, "Deseret")]
    public void Of_ReturnsScript_ForSupplementaryCodePoint(int codePoint, string script)
    {
        Assert.That(UnicodeScriptTable.Names[UnicodeScriptTable.Of(codePoint)], Is.EqualTo(script));
    }
}
