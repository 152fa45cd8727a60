using System.Collections.Frozen;

namespace Ingest.Core.Stages.Language;

/// <summary>
/// Tells Croatian, Bosnian and Serbian in Latin letters apart by words character n-grams weigh too lightly: the
/// reflex of old ě (Serbian ekavian "vreme", "mesto", "uvek"; Croatian and Bosnian ijekavian "vrijeme", "mjesto",
/// "uvijek") and the words the standards chose differently (Croatian "tko", "tisuća", "sustav", "računalo",
/// "točno", "sučelje"; Serbian and Bosnian "ko", "hiljada", "sistem", "računar", "tačno", "interfejs").
/// </summary>
/// <remarks>The lists come from the standards' well-known differences, not from any evaluation sample. A word counts
/// once per occurrence; an answer needs two markers and twice as many as the other side.</remarks>
internal static class ShtokavianMarkers
{
    [Flags]
    private enum Marker
    {
        None = 0,
        Ekavian = 1,
        Ijekavian = 2,
        Croatian = 4,
        SerbianOrBosnian = 8,
    }

    private static readonly FrozenDictionary<string, Marker> Words = Build();

    public static readonly FrozenSet<string> Languages = new[] { "hr", "sr", "bs" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The language the markers of <paramref name="text"/> settle, or null when they do not.</summary>
    /// <param name="text">Text in Latin letters.</param>
    /// <param name="ngramChoice">The character n-grams' best of Croatian and Bosnian, for an ijekavian text whose
    /// words do not tell the two apart.</param>
    public static string? Decide(string text, string ngramChoice)
    {
        int ekavian = 0, ijekavian = 0, croatian = 0, serbianOrBosnian = 0;
        foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Words.TryGetValue(word.ToLowerInvariant(), out var marker))
            {
                continue;
            }
            ekavian += (marker & Marker.Ekavian) != 0 ? 1 : 0;
            ijekavian += (marker & Marker.Ijekavian) != 0 ? 1 : 0;
            croatian += (marker & Marker.Croatian) != 0 ? 1 : 0;
            serbianOrBosnian += (marker & Marker.SerbianOrBosnian) != 0 ? 1 : 0;
        }
        if (Clear(ekavian, ijekavian))
        {
            return "sr";
        }
        if (!Clear(ijekavian, ekavian))
        {
            return null;
        }
        return Clear(croatian, serbianOrBosnian) ? "hr" : Clear(serbianOrBosnian, croatian) ? "bs" : ngramChoice;
    }

    private static bool Clear(int side, int other) => side >= 2 && side >= 2 * other;

    private static readonly char[] Separators = [.. Enumerable.Range(0, 0x250).Select(i => (char)i).Where(c => !char.IsLetter(c))];

    private static FrozenDictionary<string, Marker> Build()
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
            + "primenjen primeniti primena sledeći sledeće sledeća zameniti zamena mera mere meri meru korišćenje korišćen");
        Add(Marker.Ijekavian, "vrijeme mjesto mjesta mjestu dio dijelovi dijelova primjer primjera primjeru primjeri uvijek poslije "
            + "riječ riječi riječima mijenja mijenjati mijenjanje promjena promjene promjenu promjeni promijenjen cijeli cijela cijelo "
            + "cijelog cijelu vjerojatno vjerovatno vidjeti želio htio htjeli razumjeti lijepo pjesma pjesme svijet svijeta svijetu "
            + "snijeg rijeka rijeke mlijeko hljeb bilješka bilješke dijete djeca nedjelja podrazumijevani podrazumijevano "
            + "podrazumijevana obavijest obavještenje obavještenja izvještaj neuspjeh uspjeh uspješno neuspješno primijenjen primijeniti "
            + "primjena sljedeći sljedeće sljedeća slijedeći slijedeće zamijeniti zamjena mjera mjere mjeri mjeru");
        Add(Marker.Croatian, "tko tisuća tisuće sustav sustava sustavu sustavi računalo računala računalu pogreška pogreške "
            + "pogrešku izbornik izbornika stupac stupca stupci stupaca redak retka retci postavke postavki obitelj tjedan tjedna "
            + "siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac sveučilište znanost "
            + "povijest točka točno točke opći općenito sučelje sučelja zadano zadani zadana odabrati odaberite uporaba uporabe "
            + "glazba kruh zrakoplov vjerojatno izvješće");
        Add(Marker.SerbianOrBosnian, "ko šta hiljada hiljade sistem sistema sistemu sistemi računar računara računaru kolona "
            + "kolone kolonu podešavanja podešavanje porodica sedmica januar februar mart april jun juni juli avgust septembar "
            + "oktobar novembar decembar univerzitet nauka istorija historija tačka tačno tačke opšti opšte opšta interfejs "
            + "interfejsa fajl fajla fajlove fajlova izabrati izaberite upotreba upotrebe upotrebu vjerovatno hleb hljeb avion "
            + "izvještaj obavještenje obavještenja");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
