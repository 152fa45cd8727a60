using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class CodeTokensTests
{
    private const string Prose = "Diese Seite beschreibt ausführlich, wie man die Einstellungen ändert: ";

    [TestCase("Die Eigenschaft WatchdogLastPingTimestamp zeigt es.", "Die Eigenschaft   zeigt es.")]
    [TestCase("Rufen Sie getElementById auf.", "Rufen Sie   auf.")]
    [TestCase("Die Variable max_count und die Option --verbose.", "Die Variable   und die Option  ")]
    [TestCase("Startet systemd-suspend.service nach /etc/fstab und x=1.", "Startet   nach   und  ")]
    [TestCase("Die Klasse Foo::Bar ist alt.", "Die Klasse   ist alt.")]
    public void Remove_DropsIdentifiersOptionsAndPaths(string text, string expected) =>
        Assert.That(CodeTokens.Remove(Prose + text), Is.EqualTo(Prose + expected));

    [Test]
    public void Remove_KeepsTextThatIsMostlyCode()
    {
        const string synopsis = "void xsltApplyAttributeSet (xsltTransformContextPtr ctxt, xmlNodePtr node, const xmlChar * attrSets);";
        Assert.That(CodeTokens.Remove(synopsis), Is.EqualTo(synopsis));
    }

    [TestCase("Ummi waseBulgaria uyeza eKapa naseKwaZulu-Natal.")]   // Nguni class prefixes before names
    [TestCase("Tá sé i bhFéile na hÉireann ag an tSeirbhís.")]        // Irish mutations
    [TestCase("Mein iPhone kann OpenGL, sagt McDonald.")]            // brand names
    [TestCase("Ein ganz gewöhnlicher Satz ohne Code.")]
    public void Remove_KeepsWords(string text) =>
        Assert.That(CodeTokens.Remove(text), Is.EqualTo(text));
}
