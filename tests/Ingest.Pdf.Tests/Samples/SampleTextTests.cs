using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Samples;

/// <summary>Every committed sample: read without exceptions, text close to its known text.</summary>
public sealed class SampleTextTests
{
    // The layout samples (with a known outline) print hyphenation, running headers and page numbers that their known
    // text does not have: LayoutSampleTests compares their body blocks instead.
    private static IEnumerable<string> WithKnownText => SampleFiles.Pdfs
        .Where(name => File.Exists(Path.ChangeExtension(Path.Combine(AppContext.BaseDirectory, "samples", "pdf", name), ".txt"))
            && !File.Exists(Path.Combine(AppContext.BaseDirectory, "samples", "pdf", Path.GetFileNameWithoutExtension(name) + ".outline.txt")));

    private static IEnumerable<string> WithPdftotextReference => SampleFiles.Pdfs
        .Where(name => File.Exists(Path.Combine(AppContext.BaseDirectory, "samples", "pdf", Path.GetFileNameWithoutExtension(name) + ".pdftotext.txt")));

    [TestCaseSource(nameof(WithKnownText))]
    public void ExtractText_MatchesKnownText_WithWordF1AtLeast098(string name)
    {
        var known = File.ReadAllText(Path.ChangeExtension(SampleFiles.PathOf(name), ".txt"));

        var text = SampleFiles.Read(name).ExtractText();

        Assert.That(WordF1.Score(text, known), Is.GreaterThanOrEqualTo(0.98));
    }

    [TestCase("gs-seed-pl.pdf", "finansów")]
    [TestCase("gs-udhr-ar.pdf", "\u0627\u0644\u0625\u0646\u0633\u0627\u0646")]
    public void ExtractText_MendsLigaturesThatGhostscriptWroteWithSwappedBytes(string name, string word)
    {
        // Ghostscript 10.0 writes "fi" as <66006900> ("昀椀") and lam-alef as <06444425> ("ل䐥"); pdftotext prints them so.
        var document = SampleFiles.Read(name);
        var text = document.ExtractText();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(word));
            Assert.That(text.Where(c => c is >= '\u3400' and <= '\u9FFF'), Is.Empty);
            Assert.That(document.Diagnostics.Select(d => d.Code), Does.Contain(PdfRules.SwappedToUnicode.Code));
        });
    }

    [TestCaseSource(nameof(WithPdftotextReference))]
    public void ExtractText_AgreesWithPdftotextReference_OnDebianDocumentation(string name)
    {
        // These references are pdftotext output (not clean text), so the bar is agreement, not identity.
        var reference = File.ReadAllText(SampleFiles.PathOf(Path.GetFileNameWithoutExtension(name) + ".pdftotext.txt"));

        var text = SampleFiles.Read(name).ExtractText();

        Assert.That(WordF1.Score(text, reference), Is.GreaterThanOrEqualTo(0.97));
    }

    [TestCaseSource(typeof(SampleFiles), nameof(SampleFiles.Pdfs))]
    public void Read_GivesPagesAndNoInternalError(string name)
    {
        var document = SampleFiles.Read(name);

        Assert.That(document.Pages, Is.Not.Empty);
        Assert.That(document.Diagnostics.Select(d => d.Code), Has.None.EqualTo(PdfRules.Internal.Code));
    }

    [TestCaseSource(typeof(SampleFiles), nameof(SampleFiles.Pdfs))]
    public void ExtractText_HasNoControlCodesOrReplacementCharacters(string name)
    {
        var text = SampleFiles.Read(name).ExtractText();

        Assert.That(text.Where(c => (char.IsControl(c) && c is not ('\n' or '\f')) || c == '\uFFFD'), Is.Empty);
    }
}
