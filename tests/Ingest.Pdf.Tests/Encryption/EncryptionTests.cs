using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Encryption;

public sealed class EncryptionTests
{
    [TestCase("enc-rc4-40.pdf")]
    [TestCase("enc-rc4-128.pdf")]
    [TestCase("enc-aes-128.pdf")]
    [TestCase("enc-aes-256.pdf")]
    public void EmptyUserPassword_OpensTheFile(string name)
    {
        var document = SampleFiles.Read(name);

        Assert.That(document.WasEncrypted, Is.True);
        Assert.That(document.ExtractText().Length, Is.GreaterThan(1000));
    }

    [Test]
    public void MissingPassword_IsReported()
    {
        var bytes = File.ReadAllBytes(SampleFiles.PathOf("enc-aes-256-user.pdf"));

        var document = new PdfReader().Read(bytes);

        Assert.That(document.Diagnostics.Select(d => d.Code), Does.Contain(PdfRules.WrongPassword.Code));
        Assert.That(document.Pages, Is.Empty);
    }

    [TestCase("secret")]
    [TestCase("owner")]
    public void UserOrOwnerPassword_OpensAes256(string password)
    {
        var bytes = File.ReadAllBytes(SampleFiles.PathOf("enc-aes-256-user.pdf"));

        var document = new PdfReader(new PdfReadOptions { Password = password }).Read(bytes);

        Assert.That(document.ExtractText(), Does.Contain("Ghent"));
    }

    [Test]
    public void Rc4_MatchesKnownVector()
    {
        // RFC 6229 style check: key "Key", plaintext "Plaintext" gives BBF316E8D940AF0AD3.
        var output = Ingest.Pdf.Encryption.Rc4.Apply("Key"u8, "Plaintext"u8);

        Assert.That(Convert.ToHexString(output), Is.EqualTo("BBF316E8D940AF0AD3"));
    }
}
