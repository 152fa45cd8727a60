using System.Text;
using Ingest.Core.Stages.Read;

namespace Ingest.Core.Tests.Stages.Read;

public sealed class EncodingDetectorDeclaredTests
{
    private static readonly EncodingDetector Detector = new(new ReadOptions());

    private static byte[] Html(string charset, string body, string encoding) =>
        LegacyEncodings.Get(encoding).GetBytes($"<html><head><meta charset=\"{charset}\"></head><body><p>{body}</p></body></html>");

    [Test]
    public void Detect_HonoursDeclaredCharset_WhenTheBytesAgree()
    {
        var bytes = Html("iso-8859-2", "Zażółć gęślą jaźń, a potem idź do domu i przeczytaj książkę.", "iso-8859-2");

        var detection = Detector.Detect(bytes);

        Assert.That((detection.Encoding.Name, detection.Encoding.Method, detection.DeclaredContradicted),
            Is.EqualTo(("iso-8859-2", "declared", false)));
        Assert.That(detection.Declared, Is.EqualTo("iso-8859-2"));
    }

    [Test]
    public void Detect_ReportsDeclaredCharsetAsContradicted_WhenTheBytesAreSomethingElse()
    {
        var bytes = Html("windows-1252", "Все люди рождаются свободными и равными в своем достоинстве и правах.", "koi8-r");

        var detection = Detector.Detect(bytes);

        Assert.That((detection.Encoding.Name, detection.DeclaredContradicted), Is.EqualTo(("koi8-r", true)));
    }

    [Test]
    public void Detect_ReportsUtf8Declaration_OnLegacyBytes()
    {
        var bytes = Html("utf-8", "Grüße aus Köln: Straßenbahn, Fähre und Flughafen sind heute geöffnet.", "windows-1252");

        var detection = Detector.Detect(bytes);

        Assert.That((detection.Encoding.Name, detection.DeclaredContradicted), Is.EqualTo(("windows-1252", true)));
    }

    [Test]
    public void Detect_DoesNotReportDeclaration_WhenUtf8BytesSayUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=utf-8><p>Grüße aus Köln</p>");

        var detection = Detector.Detect(bytes);

        Assert.That((detection.Encoding.Name, detection.DeclaredContradicted), Is.EqualTo(("utf-8", false)));
    }

    [Test]
    public void Detect_DropsInvalidBytes_FromMostlyValidUtf8()
    {
        var good = Encoding.UTF8.GetBytes("Zażółć gęślą jaźń. Źdźbło trawy, żółw i łódź. ");
        byte[] bytes = [.. good, 0xFF, 0xC3, .. good];

        var detection = Detector.Detect(bytes);
        var decoded = TextDecoder.Decode(bytes, detection);

        Assert.That(detection.Encoding.Method, Is.EqualTo("utf8-damaged"));
        Assert.That(decoded.Text, Is.EqualTo(Encoding.UTF8.GetString(good) + Encoding.UTF8.GetString(good)));
        Assert.That(decoded.Repairs.Select(r => (r.Kind, r.Span.Start, r.Span.End, r.Span.Unit)),
            Is.EqualTo(new[] { (TextDecoder.InvalidUtf8Kind, good.Length, good.Length + 2, Core.Model.SpanUnit.Byte) }));
    }
}
