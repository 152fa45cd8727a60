using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class MalayMarkersTests
{
    [TestCase("Fail tidak dijumpai kerana tetapan tiada dalam senarai.", "ms")]
    [TestCase("Tidak dapat nyahpasang pakej; sila cuba lagi.", "ms")]
    [TestCase("Berkas tidak ditemukan karena pengaturan tidak ada dalam daftar.", "id")]
    [TestCase("Silakan unduh versi terbaru untuk dukungan penuh.", "id")]
    public void Decide_ReadsTheStandardsWords(string text, string expected) =>
        Assert.That(MalayMarkers.Decide(text), Is.EqualTo(expected));

    [TestCase("Tidak dapat membuka direktori.")]              // words the two share
    [TestCase("Fail tidak ditemukan.")]                       // one of each
    public void Decide_LeavesUnclearTextToTheNgrams(string text) =>
        Assert.That(MalayMarkers.Decide(text), Is.Null);
}
