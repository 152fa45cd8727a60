using System.Text;
using Ingest.Core.Diagnostics;
using Ingest.Core.Model;
using Ingest.Core.Stages.Read;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Read;

/// <summary>What every version of the read stage must do (issue 2's contract).</summary>
public sealed class ReadStageContractTests
{
    private const string German = "Größere Städte überall: Maßnahmen für Bürger:innen.";

    private static (Document Document, Ingest.Core.Pipeline.StageContext Context) Read(byte[] bytes)
    {
        var context = TestDocuments.Context();
        return (new ReadStage(new ReadOptions()).Run(TestDocuments.FromBytes(bytes), context), context);
    }

    private static readonly object[] BomCases =
    [
        new object[] { new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8, "utf-8" },
        new object[] { new byte[] { 0xFF, 0xFE }, Encoding.Unicode, "utf-16le" },
        new object[] { new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode, "utf-16be" },
    ];

    [TestCaseSource(nameof(BomCases))]
    public void Run_DecodesByByteOrderMark(byte[] bom, Encoding encoding, string name)
    {
        var (document, _) = Read([.. bom, .. encoding.GetBytes(German)]);
        Assert.That(document.Text, Is.EqualTo(German));
        Assert.That(document.Encoding.Name, Is.EqualTo(name));
        Assert.That(document.Encoding.Bom, Is.True);
    }

    [Test]
    public void Run_DecodesValidUtf8_WithoutDiagnostics()
    {
        var (document, context) = Read(Encoding.UTF8.GetBytes(German));
        Assert.That(document.Text, Is.EqualTo(German));
        Assert.That(document.Encoding.Name, Is.EqualTo("utf-8"));
        Assert.That(context.Diagnostics, Is.Empty);
    }

    [Test]
    public void Run_DecodesWindows1252_WithAWarning()
    {
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(German);
        var (document, context) = Read(bytes);
        Assert.That(document.Text, Is.EqualTo(German));
        Assert.That(document.Encoding.Name, Is.EqualTo("windows-1252"));
        Assert.That(context.Diagnostics.Select(d => d.Severity), Has.Some.EqualTo(Severity.Warning));
    }

    [Test]
    public void Run_SniffsMarkdownFromTheContent_NotTheName()
    {
        var (document, _) = Read(Encoding.UTF8.GetBytes("# Title\n\n## Part one\n\nSome **bold** text and a [link](http://example.org).\n"));
        Assert.That(document.Source.Format, Is.EqualTo(DocumentFormat.Markdown));
    }

    [Test]
    public void Run_SniffsHtml()
    {
        var (document, _) = Read(Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"de\"><body><h1>Gent</h1><p>Text.</p></body></html>"));
        Assert.That(document.Source.Format, Is.EqualTo(DocumentFormat.Html));
    }

    [Test]
    public void Run_StopsBinaryFiles_AsSkipped()
    {
        var (_, context) = Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        Assert.That(context.Stopped, Is.EqualTo(InputStatus.Skipped));
        Assert.That(context.Diagnostics.Single().Code, Is.EqualTo(InputRules.Binary.Code));
    }
}
