using System.Text;
using Ingest.Core.Stages.Read;

namespace Ingest.Core.Tests.Stages.Read;

public sealed class DeclaredCharsetTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("<!doctype html><meta charset=\"windows-1250\">", "windows-1250");
        yield return new TestCaseData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\">", "ISO-8859-2");
        yield return new TestCaseData("<?xml version=\"1.0\" encoding=\"koi8-r\"?><root/>", "koi8-r");
        yield return new TestCaseData("---\ntitle: Bericht\nencoding: latin1\n---\n# Bericht\n", "latin1");
        yield return new TestCaseData("---\ncharset: 'shift_jis'\n---\n", "shift_jis");
        yield return new TestCaseData("<p>The word charset=utf-8 in running text declares nothing.</p>", null);
        yield return new TestCaseData("# Title\n\nencoding: utf-8 outside front matter\n", null);
    }

    [TestCaseSource(nameof(Cases))]
    public void Find_ReturnsTheDeclaredLabel(string head, string? expected)
    {
        Assert.That(DeclaredCharset.Find(Encoding.ASCII.GetBytes(head)), Is.EqualTo(expected));
    }

    [TestCase("ISO-8859-1", "windows-1252")]
    [TestCase("latin2", "iso-8859-2")]
    [TestCase("x-sjis", "shift_jis")]
    [TestCase("GB2312", "gb18030")]
    [TestCase("ks_c_5601-1987", "euc-kr")]
    [TestCase("no-such-charset", null)]
    public void Resolve_MapsLabelsToWhatwgNames(string label, string? expected)
    {
        Assert.That(EncodingLabels.Resolve(label), Is.EqualTo(expected));
    }
}
