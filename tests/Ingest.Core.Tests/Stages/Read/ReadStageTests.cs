using System.Text;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;
using Ingest.Core.Pipeline;
using Ingest.Core.Stages.Read;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Read;

public sealed class ReadStageTests
{
    private static (Document Document, StageContext Context) Run(byte[] bytes, ReadOptions? options = null, string path = "in/doc.txt")
    {
        var document = Document.Create("doc", new SourceInfo(path, "", bytes.Length, DocumentFormat.Text), bytes);
        var context = new StageContext(SeverityPolicy.Default);
        return (new ReadStage(options ?? new ReadOptions()).Run(document, context), context);
    }

    private static string[] Codes(StageContext context) => [.. context.Diagnostics.Select(d => d.Rule.Code)];

    [Test]
    public void Run_ReportsNothing_ForUtf8()
    {
        var (document, context) = Run(Encoding.UTF8.GetBytes("Grüße aus Köln."));

        Assert.That(Codes(context), Is.Empty);
        Assert.That(document.Encoding.Name, Is.EqualTo("utf-8"));
    }

    [Test]
    public void Run_ReportsLegacyEncoding_WithIng101()
    {
        var bytes = File.ReadAllBytes(Repository.PathOf(Path.Combine("samples", "encodings", "pl.windows-1250.txt")));

        var (document, context) = Run(bytes);

        Assert.That(Codes(context), Does.Contain("ING101"));
        Assert.That(document.Encoding.Method, Is.EqualTo("statistical"));
    }

    [Test]
    public void Run_RecordsDeclaredCharset_AndReportsTheLie()
    {
        var bytes = LegacyEncodings.Get("windows-1251").GetBytes(
            "<html><head><meta charset=\"iso-8859-2\"></head><body>Все люди рождаются свободными и равными.</body></html>");

        var (document, context) = Run(bytes);

        Assert.That(document.Hints.DeclaredCharset, Is.EqualTo("iso-8859-2"));
        Assert.That(Codes(context), Does.Contain("ING104"));
    }

    [Test]
    public void Run_UsesForcedEncoding_ForMatchingPaths()
    {
        var bytes = LegacyEncodings.Get("iso-8859-2").GetBytes("Zażółć gęślą jaźń");
        var options = new ReadOptions { Force = [new ForcedEncoding { Paths = "legacy/**", Encoding = "windows-1250" }] };

        var (forced, _) = Run(bytes, options, "legacy/a/doc.txt");
        var (detected, _) = Run(bytes, options, "other/doc.txt");

        Assert.That((forced.Encoding.Name, forced.Encoding.Method), Is.EqualTo(("windows-1250", "forced")));
        Assert.That(detected.Encoding.Method, Is.Not.EqualTo("forced"));
    }

    [Test]
    public void Run_ReportsUnknownForcedEncoding_AndDetectsInstead()
    {
        var options = new ReadOptions { Force = [new ForcedEncoding { Paths = "**", Encoding = "klingon-8" }] };

        var (document, context) = Run("plain"u8.ToArray(), options);

        Assert.That(Codes(context), Does.Contain("ING107"));
        Assert.That(document.Encoding.Name, Is.EqualTo("utf-8"));
    }

    [Test]
    public void Run_DropsInvalidUtf8Bytes_WithRepairAndIng103()
    {
        var good = Encoding.UTF8.GetBytes("Zażółć gęślą jaźń. Źdźbło trawy, żółw i łódź. ");
        byte[] bytes = [.. good, 0xFF, .. good];

        var (document, context) = Run(bytes);

        Assert.That(Codes(context), Does.Contain("ING103"));
        Assert.That(document.Repairs.Select(r => (r.Kind, r.Span)), Is.EqualTo(new[] { ("invalid-utf8", Span.Bytes(good.Length, good.Length + 1)) }));
        Assert.That(document.Text, Does.Not.Contain("\uFFFD"));
    }

    [Test]
    public void Rules_HaveReadCodes()
    {
        Assert.That(ReadRules.All.Select(r => r.Code), Is.All.Match("^ING1[0-9]{2}$"));
        Assert.That(ReadRules.All.Select(r => r.Code), Is.Unique);
    }
}
