using System.Text;
using Ingest.Pdf.Fonts;
using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Fonts;

public sealed class PredefinedCMapTests
{
    static PredefinedCMapTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static IEnumerable<TestCaseData> Cases() =>
    [
        new("90ms-RKSJ-H", "Japan1", 932, "日本語のテキスト"),
        new("EUC-H", "Japan1", 51932, "漢字かな"),
        new("GBK-EUC-H", "GB1", 936, "中文文本"),
        new("ETen-B5-H", "CNS1", 950, "繁體中文"),
        new("KSCms-UHC-H", "Korea1", 949, "한국어 문서"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void BytesThroughCMapAndCollection_GiveTheOriginalText(string cmapName, string ordering, int codePage, string text)
    {
        var cmap = PredefinedCMaps.Find(cmapName)!;
        var table = CidToUnicode.ForOrdering(ordering)!;
        var bytes = Encoding.GetEncoding(codePage).GetBytes(text);
        var decoded = new StringBuilder();

        for (var at = 0; at < bytes.Length;)
        {
            var length = cmap.ReadCode(bytes, at, 1, out var code);
            at += length;
            var cid = cmap.Cid(code, length);
            decoded.Append(cid is { } c ? table.Map(c) : "?");
        }

        Assert.That(decoded.ToString().Replace('\u00A0', ' '), Is.EqualTo(text));
    }

    [Test]
    public void VerticalCMap_UsesItsHorizontalParent()
    {
        var cmap = PredefinedCMaps.Find("90ms-RKSJ-V")!;

        Assert.That(cmap.IsVertical, Is.True);
        Assert.That(cmap.Cid(0x82A0, 2), Is.Not.Null);
    }

    [Test]
    public void NonEmbeddedCidFont_WithoutToUnicode_IsReadThroughItsCollection()
    {
        var builder = new PdfBuilder();
        builder.Add("<< /Type /Catalog /Pages 2 0 R >>");
        builder.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        builder.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        var shiftJis = Encoding.GetEncoding(932).GetBytes("東京都");
        builder.AddStream("", [.. "BT /F1 12 Tf 50 700 Td <"u8, .. Encoding.ASCII.GetBytes(Convert.ToHexString(shiftJis)), .. "> Tj ET"u8]);
        builder.Add("<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPro-Regular /Encoding /90ms-RKSJ-H /DescendantFonts [6 0 R] >>");
        builder.Add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPro-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 4 >> >>");

        var document = new PdfReader().Read(builder.Build("/Root 1 0 R"));

        Assert.That(document.ExtractText().TrimEnd(), Is.EqualTo("東京都"));
    }
}
