using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Default;

    private static IEnumerable<TestCaseData> Sentences()
    {
        (string Tag, string Text)[] cases =
        [
            ("en", "The committee will publish its final report on water quality next spring."),
            ("de", "Der Ausschuss veröffentlicht seinen Abschlussbericht zur Wasserqualität im nächsten Frühjahr."),
            ("fr", "Le comité publiera son rapport final sur la qualité de l'eau au printemps prochain."),
            ("es", "El comité publicará su informe final sobre la calidad del agua la próxima primavera."),
            ("it", "Il comitato pubblicherà la relazione finale sulla qualità dell'acqua la prossima primavera."),
            ("pt", "O comité vai publicar o seu relatório final sobre a qualidade da água na próxima primavera."),
            ("nl", "De commissie publiceert haar eindverslag over de waterkwaliteit volgend voorjaar."),
            ("pl", "Komisja opublikuje swoje sprawozdanie końcowe w sprawie jakości wody następnej wiosny."),
            ("cs", "Výbor zveřejní svou závěrečnou zprávu o kvalitě vody příští jaro."),
            ("sv", "Kommittén kommer att publicera sin slutrapport om vattenkvaliteten nästa vår."),
            ("fi", "Valiokunta julkaisee loppuraporttinsa veden laadusta ensi keväänä."),
            ("hu", "A bizottság jövő tavasszal teszi közzé a vízminőségről szóló zárójelentését."),
            ("tr", "Komite, su kalitesine ilişkin nihai raporunu önümüzdeki bahar yayımlayacak."),
            ("ru", "Комитет опубликует свой окончательный доклад о качестве воды следующей весной."),
            ("uk", "Комітет оприлюднить свою остаточну доповідь про якість води наступної весни."),
            ("bg", "Комитетът ще публикува окончателния си доклад за качеството на водата следващата пролет."),
            ("el", "Η επιτροπή θα δημοσιεύσει την τελική της έκθεση για την ποιότητα του νερού την επόμενη άνοιξη."),
            ("he", "הוועדה תפרסם את הדוח הסופי שלה על איכות המים באביב הבא."),
            ("ar", "ستنشر اللجنة تقريرها النهائي عن جودة المياه في الربيع المقبل."),
            ("zh", "委员会将于明年春天发布关于水质的最终报告。"),
            ("ja", "委員会は来年の春に水質に関する最終報告書を発表します。"),
            ("ko", "위원회는 내년 봄에 수질에 관한 최종 보고서를 발표할 예정이다."),
            ("th", "คณะกรรมการจะเผยแพร่รายงานฉบับสุดท้ายเกี่ยวกับคุณภาพน้ำในฤดูใบไม้ผลิหน้า"),
            ("hi", "समिति अगले वसंत में पानी की गुणवत्ता पर अपनी अंतिम रिपोर्ट प्रकाशित करेगी।"),
            ("vi", "Ủy ban sẽ công bố báo cáo cuối cùng về chất lượng nước vào mùa xuân tới."),
        ];
        return cases.Select(c => new TestCaseData(c.Text).Returns(c.Tag).SetName($"Identify_Returns{c.Tag}_ForSentence"));
    }

    [TestCaseSource(nameof(Sentences))]
    public string Identify_TagsSentence(string text) => Identifier.Identify(text).Tag;

    [TestCase("")]
    [TestCase("42 17 2026")]
    [TestCase("??? !!! ...")]
    [TestCase("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ")]
    public void Identify_SaysUnd_ForTextWithoutKnownLanguage(string text)
    {
        Assert.That(Identifier.Identify(text).Tag, Is.EqualTo("und"));
    }

    [Test]
    public void Identify_SaysUnd_BelowMinLetters()
    {
        var strict = new LanguageIdentifier(LanguageModel.Default, new LanguageOptions { MinLetters = 100 });
        Assert.That(strict.Identify("Der Ausschuss tagt morgen.").Tag, Is.EqualTo("und"));
    }

    [Test]
    public void Identify_AnswersShortText_WhenItsScriptSettlesTheLanguage()
    {
        // Six letters each: Hebrew and Bengali (whose vowel signs are marks, not letters) have one profile per script.
        Assert.That(Identifier.Identify("בית ספר").Tag, Is.EqualTo("he"));
        Assert.That(Identifier.Identify("বাফারের সাথে").Tag, Is.EqualTo("bn"));
        // Six Latin letters must still be told apart by n-grams, which is too little: und.
        Assert.That(Identifier.Identify("kot pies").Tag, Is.EqualTo("und"));
    }

    [Test]
    public void Identify_IsMoreConfident_OnLongerText()
    {
        var shortText = Identifier.Guess("kommer att");
        var longText = Identifier.Guess("Kommittén kommer att publicera sin slutrapport om vattenkvaliteten nästa vår, och den blir offentlig.");
        Assert.That(longText.Confidence, Is.GreaterThan(shortText.Confidence));
    }

    [Test]
    public void Identify_ComposesDecomposedAccents_BeforeScoring()
    {
        const string composed = "Ủy ban sẽ công bố báo cáo cuối cùng về chất lượng nước vào mùa xuân tới.";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.That(Identifier.Identify(decomposed), Is.EqualTo(Identifier.Identify(composed)));
    }

    [Test]
    public void Identify_FollowsHint_WhenTextIsAmbiguous()
    {
        // "Kommune og fylke" is written alike in both Norwegian standards; the declared language tips the balance.
        Assert.That(Identifier.Guess("kommune og fylke", "nn").Tag, Is.EqualTo("nn"));
        Assert.That(Identifier.Guess("kommune og fylke", "nb").Tag, Is.EqualTo("nb"));
    }

    [Test]
    public void Identify_IgnoresHint_WhenTextIsClear()
    {
        var text = "Der Ausschuss veröffentlicht seinen Abschlussbericht zur Wasserqualität im nächsten Frühjahr.";
        Assert.That(Identifier.Identify(text, "en-US").Tag, Is.EqualTo("de"));
    }

    [Test]
    public void Identify_AnswersTheLanguage_ForEitherScriptOfSerbian()
    {
        Assert.That(Identifier.Identify("Комисија ће објавити свој завршни извештај о квалитету воде следећег пролећа.").Tag, Is.EqualTo("sr"));
        Assert.That(Identifier.Identify("Komisija će objaviti svoj završni izveštaj o kvalitetu vode sledećeg proleća.").Tag, Is.AnyOf("sr", "hr", "bs"));
    }

    [Test]
    public void Identify_CountsChineseAheadOfQuotedLatinNames()
    {
        Assert.That(Identifier.Identify("使用 grep 命令搜索文件内容").Tag, Is.EqualTo("zh"));
    }

    [Test]
    public void Identify_SamplesLongText_FromAllOfIt_WhenAskedForCompleteReading()
    {
        var options = new LanguageOptions { MaxChars = 800 };
        var identifier = new LanguageIdentifier(LanguageModel.Default, options);
        var english = string.Concat(Enumerable.Repeat("The committee will publish its final report on water quality. ", 5));
        var german = string.Concat(Enumerable.Repeat("Der Ausschuss veröffentlicht seinen Abschlussbericht zur Wasserqualität. ", 60));
        Assert.That(identifier.Identify(english + german, complete: true).Tag, Is.EqualTo("de"));
    }

    [Test]
    public void Identify_NeverThrows_AndKeepsConfidenceInRange_ForArbitraryText()
    {
        var random = new Random(5);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var c = 0; c < chars.Length; c++)
            {
                // Whole UTF-16 range, lone surrogates and controls included.
                chars[c] = (char)random.Next(0, char.MaxValue + 1);
            }
            var result = Identifier.Identify(new string(chars), i % 2 == 0 ? "x-bogus-tag" : null, complete: i % 3 == 0);
            Assert.That(result.Confidence, Is.InRange(0.0, 1.0));
        }
    }

    [Test]
    public void Identify_IgnoresWebAndMailAddresses()
    {
        const string text = "1 https://www.example.com/read/0063954475bb09747c3a0 2 https://news.example.org/cnt/dmf20221025 "
            + "Kontakt: info@example.org. Weitere Berichte finden Sie auf www.example.eu unter Projekte.";
        Assert.That(Identifier.Identify(text).Tag, Is.EqualTo("de"));
    }

    [Test]
    public void Identify_ReadsAGermanListOfPropertyNames_AsGerman() =>
        Assert.That(Identifier.Identify("Die Eigenschaften WatchdogDevice, WatchdogLastPingTimestamp, WatchdogSignal, "
            + "WatchdogTimestampMonotonic und WorkingDirectory werden in der Schnittstelle ausgesandt.").Tag, Is.EqualTo("de"));

    [TestCase("फ़ाइल permissions बदलें", "hi")]         // 6 Devanagari letters (vowel signs are marks) against 11 Latin ones
    [TestCase("ไฟล์ permissions ใหม่", "th")]
    public void Identify_WeighsASyllabicScriptsLetters_AboveAQuotedLatinTerm(string text, string expected) =>
        Assert.That(Identifier.Identify(text).Tag, Is.EqualTo(expected));
}
