using System.Collections.Frozen;

namespace Ingest.Core.Stages.Language;

/// <summary>
/// Tells Croatian, Bosnian and Serbian in Latin letters apart by words character n-grams weigh too lightly: the
/// reflex of old ě (Serbian ekavian "vreme", "vrednost", "gde"; Croatian and Bosnian ijekavian "vrijeme",
/// "vrijednost", "gdje"), the words the standards chose differently (Croatian "tko", "tisuća", "sustav", "tijekom",
/// "ovisnost"; Serbian and Bosnian "ko", "hiljada", "sistem", "tokom", "zavisnost"), the question "da li" and "da"
/// with the present after a modal verb of Serbian and Bosnian, and how each forms loan verbs and adjectives (Croatian "definirati", "lokaliziran", "konfiguracijski";
/// Serbian and Bosnian "definisati", "lokalizovan", "konfiguracioni").
/// </summary>
/// <remarks>The lists come from the standards' well-known differences, chosen on the development set of the language
/// evaluation, not on its evaluation samples. A marker counts once per occurrence; a side is clear as
/// <see cref="MarkerWords.Clear"/> says. The markers only rule languages out; the n-grams choose among the rest.</remarks>
internal sealed class ShtokavianMarkers : ICloseLanguageMarkers
{
    private ShtokavianMarkers()
    {
    }

    public static readonly ShtokavianMarkers Instance = new();

    [Flags]
    private enum Marker
    {
        None = 0,
        Ekavian = 1,
        Ijekavian = 2,
        Croatian = 4,
        SerbianOrBosnian = 8,
    }

    private static readonly FrozenDictionary<string, Marker> Words = BuildWords();
    private static readonly FrozenDictionary<string, Marker>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Loan stems whose verbs Croatian forms with -irati ("definirati", "organizirati", "modificirati") and Serbian and
    // Bosnian with -isati or -ovati ("definisati", "organizovati", "modifikovati").
    private static readonly string[] LoanVerbStems =
    [
        "defin", "konfigur", "ignor", "transform", "inform", "registr", "rezerv", "kombin", "eksport", "import",
        "organiz", "realiz", "lokaliz", "optimiz", "inicijaliz", "minimiz", "maksimiz", "standardiz", "kategoriz",
        "autoriz", "sinhroniz", "sinkroniz", "vizualiz", "personaliz", "centraliz", "prioritiz",
        "modific", "modifik", "specific", "specifik", "identific", "identifik", "verific", "verifik", "klasific",
        "klasifik", "kvalific", "kvalifik", "certific", "sertifik",
    ];

    private static readonly FrozenDictionary<char, string[]> StemsByFirstLetter =
        LoanVerbStems.GroupBy(stem => stem[0]).ToFrozenDictionary(group => group.Key, group => group.ToArray());

    private static readonly string[] SerbianOrBosnianAdjectiveEndings =
        ["cioni", "ciona", "ciono", "cione", "cionog", "cionom", "cionoj", "cionih", "cionim", "cionu"];

    private static readonly FrozenSet<string> ModalVerbs = ("mogu možeš može možemo možete mogli mogla moglo želim želiš želi "
        + "želimo želite žele moram moraš mora moramo morate moraju pokušavam pokušava pokušajte "
        + "pokušao pokušala hoću hoćeš hoće hoćete").Split(' ').ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalVerbLookup =
        ModalVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Croatian, Bosnian, Serbian.</summary>
    public IReadOnlyList<string> Members { get; } = ["hr", "bs", "sr"];

    public FrozenSet<string> Languages { get; } = new[] { "hr", "bs", "sr" }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc/>
    /// <remarks>Cyrillic text (Serbian or Bosnian) is read in the standard Latin transliteration.</remarks>
    public string? Decide(string text, ReadOnlySpan<double> ngramScores, bool cyrillic = false)
    {
        var counts = Count(cyrillic ? SerbianCyrillicToLatin(text) : text);
        var allowed = (Hr: true, Bs: true, Sr: true);
        if (MarkerWords.Clear(counts.Ekavian, counts.Ijekavian))
        {
            allowed = (false, false, true);
        }
        else if (MarkerWords.Clear(counts.Ijekavian, counts.Ekavian) && !cyrillic)
        {
            // Ijekavian in Latin letters is Croatian or Bosnian; in Cyrillic it is as often Serbian (Republika Srpska,
            // Montenegro) as Bosnian, which is seldom written in Cyrillic.
            allowed.Sr = false;
        }
        if (MarkerWords.Clear(counts.Croatian, counts.SerbianOrBosnian))
        {
            allowed = (allowed.Hr, false, false);
        }
        else if (MarkerWords.Clear(counts.SerbianOrBosnian, counts.Croatian))
        {
            allowed.Hr = false;
        }
        return MarkerWords.BestKept(Members, [allowed.Hr, allowed.Bs, allowed.Sr], ngramScores);
    }

    private static (int Ekavian, int Ijekavian, int Croatian, int SerbianOrBosnian) Count(string text)
    {
        int ekavian = 0, ijekavian = 0, croatian = 0, serbianOrBosnian = 0;
        Span<char> buffer = stackalloc char[MarkerWords.MaxLength];
        Span<char> previous = stackalloc char[MarkerWords.MaxLength];
        var previousLength = 0;
        foreach (var word in MarkerWords.Of(text, buffer))
        {
            var marker = WordLookup.TryGetValue(word, out var listed) ? listed | FormOf(word) : FormOf(word);
            var before = previous[..previousLength];
            if ((word is "li" && before is "da") || (word is "da" && ModalVerbLookup.Contains(before)))
            {
                // "da li" questions, and "da" with the present after a modal verb ("ne mogu da otvorim"), where
                // Croatian asks with "li" after the verb and writes the infinitive ("ne mogu otvoriti").
                marker |= Marker.SerbianOrBosnian;
            }
            ekavian += (marker & Marker.Ekavian) != 0 ? 1 : 0;
            ijekavian += (marker & Marker.Ijekavian) != 0 ? 1 : 0;
            croatian += (marker & Marker.Croatian) != 0 ? 1 : 0;
            serbianOrBosnian += (marker & Marker.SerbianOrBosnian) != 0 ? 1 : 0;
            word.CopyTo(previous);
            previousLength = word.Length;
        }
        return (ekavian, ijekavian, croatian, serbianOrBosnian);
    }

    /// <summary>What the word's form tells: a loan verb's suffix, or a Serbian and Bosnian "-cioni" adjective
    /// (Croatian "-cijski").</summary>
    private static Marker FormOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 6)
        {
            return Marker.None;
        }
        if (word.IndexOf("cijsk", StringComparison.Ordinal) >= 0)
        {
            return Marker.Croatian;
        }
        if (word.IndexOf("cion", StringComparison.Ordinal) >= 0)
        {
            foreach (var ending in SerbianOrBosnianAdjectiveEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal))
                {
                    return Marker.SerbianOrBosnian;
                }
            }
        }
        if (!StemsByFirstLetter.TryGetValue(word[0], out var stems))
        {
            return Marker.None;
        }
        foreach (var stem in stems)
        {
            if (word.Length < stem.Length + 3 || !word.StartsWith(stem, StringComparison.Ordinal))
            {
                continue;
            }
            var suffix = word.Slice(stem.Length, 2);
            return suffix is "ir" ? Marker.Croatian
                : suffix is "is" or "iš" or "ov" or "uj" ? Marker.SerbianOrBosnian
                : Marker.None;
        }
        return Marker.None;
    }

    /// <summary>Serbian (and Bosnian) Cyrillic in the standard Latin transliteration, so the same words mark both
    /// scripts ("време" is as ekavian as "vreme").</summary>
    private static string SerbianCyrillicToLatin(string text)
    {
        var latin = new System.Text.StringBuilder(text.Length + text.Length / 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var index = SerbianCyrillic.IndexOf(lower);
            if (index < 0)
            {
                latin.Append(c);
            }
            else
            {
                latin.Append(SerbianLatin[index]);
            }
        }
        return latin.ToString();
    }

    private const string SerbianCyrillic = "абвгдђежзијклљмнњопрстћуфхцчџш";

    private static readonly string[] SerbianLatin =
        ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t", "ć",
         "u", "f", "h", "c", "č", "dž", "š"];

    private static FrozenDictionary<string, Marker> BuildWords()
    {
        var words = new Dictionary<string, Marker>(StringComparer.Ordinal);
        void Add(Marker marker, string list)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = words.GetValueOrDefault(word) | marker;
            }
        }
        Add(Marker.Ekavian, "vreme mesto mesta mestu deo delovi delova primer primera primeru primeri uvek posle reč reči rečima "
            + "menja menjati menjanje promena promene promenu promeni promenjen ceo cela celo celog celu celi verovatno videti želeo "
            + "hteo hteli razumeti lepo pesma pesme svet sveta svetu sneg reka reke mleko hleb beleška beleške dete deca nedelja "
            + "podrazumevani podrazumevano podrazumevana izveštaj izveštaji obaveštenje obaveštenja neuspeh uspeh uspešno neuspešno "
            + "primenjen primeniti primena sledeći sledeće sledeća zameniti zamena mera mere meri meru korišćenje korišćen "
            + "gde ovde negde svugde dve mesec meseca meseci savet saveta smer smera levo levi leva beli bela belo cena cene "
            + "vest vesti premesti premestiti premešten izmena izmene izmeni izmeniti izmenjen vrednost vrednosti vredi "
            + "umesto čovek vek svetlo svetlina svetline podeli podeliti deljenje deljeni podeljen odeljak delimično delimičan "
            + "neuspelo neuspela neuspeo uspeo uspela uspelo telo tela zvezda lek primenjuje primenjuju primeni "
            + "proveri proverite proveriti provera provere proveru proveren proverena proverava proveravanje zauvek cev cevi "
            + "cevovod iskorišćenost ocena ocene procena procene celobrojni celobrojna celina celine sleva retko pre smernice "
            + "pomeranje pomeraj pomeri pomeriti osveži osvežiti osvežavanje osvežava zalepi zalepiti lepljenje lepi senka "
            + "senke senčenje posetite poseta posete smestiti smešten smeštena deluje delovanje razmena razmene merenje "
            + "obavesti obavestiti");
        Add(Marker.Ijekavian, "vrijeme mjesto mjesta mjestu dio dijelovi dijelova primjer primjera primjeru primjeri uvijek poslije "
            + "riječ riječi riječima mijenja mijenjati mijenjanje promjena promjene promjenu promjeni promijenjen cijeli cijela cijelo "
            + "cijelog cijelu vjerojatno vjerovatno vidjeti želio htio htjeli razumjeti lijepo pjesma pjesme svijet svijeta svijetu "
            + "snijeg rijeka rijeke mlijeko hljeb bilješka bilješke dijete djeca nedjelja podrazumijevani podrazumijevano "
            + "podrazumijevana obavijest obavještenje obavještenja izvještaj neuspjeh uspjeh uspješno neuspješno primijenjen primijeniti "
            + "primjena sljedeći sljedeće sljedeća slijedeći slijedeće zamijeniti zamjena mjera mjere mjeri mjeru "
            + "gdje ovdje negdje svugdje dvije mjesec mjeseca mjeseci savjet savjeta smjer smjera lijevo lijevi lijeva bijeli bijela "
            + "bijelo cijena cijene vijest vijesti premjesti premjestiti premješten izmjena izmjene izmijeni izmijeniti izmijenjen "
            + "vrijednost vrijednosti vrijedi umjesto čovjek vijek svjetlo svjetlina svjetline podijeli podijeliti dijeljenje "
            + "dijeljeni podijeljen odjeljak djelomično djelomičan neuspjelo neuspjela neuspio uspio uspjela uspjelo tijelo tijela "
            + "zvijezda lijek primjenjuje primjenjuju primijeni "
            + "provjeri provjerite provjeriti provjera provjere provjeru provjeren provjerena provjerava provjeravanje zauvijek "
            + "cijev cijevi cjevovod iskorištenost ocjena ocjene procjena procjene cjelobrojni cjelobrojna cjelina cjeline "
            + "slijeva rijetko prije smjernice pomjeranje pomjeraj pomjeri pomjeriti osvježi osvježiti osvježavanje osvježava "
            + "zalijepi zalijepiti lijepljenje lijepi sjenka sjenke sjenčanje posjetite posjeta posjete smjestiti smješten "
            + "smještena djeluje djelovanje razmjena razmjene mjerenje obavijesti obavijestiti");
        Add(Marker.Croatian, "tko svatko nitko netko itko tisuća tisuće sustav sustava sustavu sustavi računalo računala računalu pogreška pogreške "
            + "pogrešku izbornik izbornika stupac stupca stupci stupaca redak retka retci postavke postavki tjedan tjedna "
            + "siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac sveučilište znanost "
            + "povijest točka točno točke sučelje sučelja zadano zadani zadana odabrati odaberite uporaba uporabe "
            + "glazba zrakoplov vjerojatno izvješće tijekom ovisnost ovisnosti ovisno ovisi ovise ovisan ovisna zaslon zaslona "
            + "zaslonu tipkovnica tipkovnice tipkovnicu pisač pisača pisaču pisači poslužitelj poslužitelja poslužitelju tražilica "
            + "inačica inačice inačicu osobni osobno osobna osobne osobnih postotak postotka milijun milijuna trenutačno "
            + "trenutačni trenutačna točan točna točni netočan netočno netočna netočni obvezno obvezan obvezna obvezni sadržava "
            + "sadržavati sadržavaju objekt");
        Add(Marker.SerbianOrBosnian, "ko niko šta hiljada hiljade sistem sistema sistemu sistemi računar računara računaru kolona "
            + "kolone kolonu podešavanja podešavanje porodica sedmica januar februar mart april jun juni juli avgust septembar "
            + "oktobar novembar decembar univerzitet nauka istorija historija tačka tačno tačke opšti opšte opšta interfejs "
            + "interfejsa fajl fajla fajlove fajlova izabrati izaberite upotreba upotrebe upotrebu vjerovatno hleb hljeb avion "
            + "izvještaj obavještenje obavještenja takođe tokom zavisnost zavisnosti zavisno zavisi zavise zavisan zavisna ekran "
            + "ekrana ekranu tastatura tastature tastaturu štampač štampača štampaču štampanje štampati uslov uslovi uslova "
            + "uslovima lični lično lična lične ličnih procenat procenta milion miliona vazduh vazduha drajver drajvera komanda "
            + "komande komandu komandi fascikla fascikle direktorijum direktorijuma tačan tačna "
            + "tačni netačan netačno netačna netačni obavezno obavezan obavezna obavezni objekat saobraćaj");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

