using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Io;

/// <summary>Every sample cut at several points: read without an internal error, and never more text than the whole.</summary>
public sealed class TruncationTests
{
    [TestCaseSource(typeof(SampleFiles), nameof(SampleFiles.Pdfs))]
    public void EverySample_CutShort_IsReadWithoutInternalError(string name)
    {
        var bytes = File.ReadAllBytes(SampleFiles.PathOf(name));
        var whole = new PdfReader().Read(bytes).ExtractText().Length;
        foreach (var fraction in new[] { 0.05, 0.5, 0.95 })
        {
            var document = new PdfReader().Read(bytes.AsMemory(0, (int)(bytes.Length * fraction)));

            Assert.That(document.Diagnostics.Select(d => d.Code), Has.None.EqualTo(PdfRules.Internal.Code), $"cut at {fraction}");
            Assert.That(document.ExtractText().Length, Is.LessThanOrEqualTo(whole + 16), $"cut at {fraction}");
        }
    }
}
