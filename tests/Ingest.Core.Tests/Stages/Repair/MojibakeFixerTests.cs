using Ingest.Core.Stages.Repair;

namespace Ingest.Core.Tests.Stages.Repair;

public sealed class MojibakeFixerTests
{
    private static readonly RepairOptions Defaults = new();

    [TestCase("GrÃ¶ÃŸe und Ã„rger", "Größe und Ärger")]
    [TestCase("Å‚Ã³dÅº i Å¼Ã³Å‚w", "łódź i żółw")]
    [TestCase("Er sagte â€žHalloâ€œ.", "Er sagte „Hallo“.")]
    [TestCase("cafÃ© crÃ¨me", "café crème")]
    public void Fix_ReversesUtf8ReadAsLegacy(string text, string expected)
    {
        var pass = MojibakeFixer.Fix(text, Defaults);

        Assert.That(pass.Text, Is.EqualTo(expected));
        Assert.That(pass.Repairs, Has.All.Property("Kind").EqualTo(MojibakeFixer.Kind));
    }

    [TestCase("Größe und Ärger")]
    [TestCase("Zażółć gęślą jaźń")]
    [TestCase("SÃO PAULO, ÃO")]
    [TestCase("Ñandú, piñata, ©2024 Â")]
    [TestCase("Все люди рождаются свободными")]
    public void Fix_LeavesGenuineTextAlone(string text)
    {
        var pass = MojibakeFixer.Fix(text, Defaults);

        Assert.That(pass.Text, Is.EqualTo(text));
        Assert.That(pass.Repairs, Is.Empty);
    }

    [Test]
    public void Fix_LeavesAnExampleOfMojibake_InTextThatSpellsTheLettersRight()
    {
        const string text = "const buf = Buffer.from('this is a tést');\nconsole.log(buf.toString('latin1'));\n// Prints: this is a tÃ©st";

        var pass = MojibakeFixer.Fix(text, Defaults);

        Assert.That(pass.Text, Is.EqualTo(text));
    }

    [Test]
    public void Fix_RepairsAPastedParagraph_InTextThatSpellsTheLettersRight()
    {
        const string text = "Größe zählt. Pasted: GrÃ¶ÃŸe und Ã„rger, Ã¼ber MÃ¼nchen.";

        var pass = MojibakeFixer.Fix(text, Defaults);

        Assert.That(pass.Text, Is.EqualTo("Größe zählt. Pasted: Größe und Ärger, über München."));
    }

    [Test]
    public void Fix_RecordsOffsetsOfTheMojibake()
    {
        const string text = "xx GrÃ¶ÃŸe";

        var repair = MojibakeFixer.Fix(text, Defaults).Repairs.Single();

        Assert.That(text[repair.Span.Start..repair.Span.End], Is.EqualTo("Ã¶ÃŸ"));
    }
}
