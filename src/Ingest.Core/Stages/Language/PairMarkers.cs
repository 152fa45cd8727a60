using System.Collections.Frozen;

namespace Ingest.Core.Stages.Language;

/// <summary>
/// Tells two close languages apart by words their standards chose differently, which character n-grams weigh too
/// lightly in text that otherwise shares nearly every word (or whose profiles were trained on different kinds of
/// text): Malay "fail", "maklumat", "tetapan", "tiada" against Indonesian "berkas", "informasi", "pengaturan",
/// "karena"; Zulu "futhi", "noma", "manje", "sicela" against Xhosa "kwaye", "okanye", "ngoku", "nceda"; Faroese
/// "ikki", "hevur", "tú" against Icelandic "ekki", "hefur", "þú".
/// </summary>
/// <remarks>The lists come from the standards' well-known differences, chosen on the development set of the language
/// evaluation. A word (or a word with the side's prefix or one of its letters) counts once per occurrence; a side is
/// clear as <see cref="MarkerWords.Clear"/> says.</remarks>
internal sealed class PairMarkers
{
    private readonly Side first;
    private readonly Side second;

    private PairMarkers(Side first, Side second)
    {
        this.first = first;
        this.second = second;
        Languages = new[] { first.Language, second.Language }.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Malay and Indonesian; Malay's "nyah-" ("nyahaktif", "nyahpepijat") counts as a Malay word.</summary>
    public static readonly PairMarkers MalayIndonesian = new(
        new("ms", "fail maklumat tetapan sokongan disokong menyokong tiada kerana sahaja baharu cuba mahu percuma wang "
            + "nombor lalai opsyen aturcara pautan carian paparan papar skrin tetingkap butang berjaya senarai sebarang "
            + "kekunci tarikh minit rakaman cakera saiz imej mengemaskini kemaskini dikemaskini perkhidmatan akaun emel "
            + "hantar dihantar menghantar tajuk amaran dayakan didayakan lumpuhkan dilumpuhkan ralat mesej laluan sila "
            + "perisian pepijat pengepala peranti", "nyah"),
        new("id", "berkas informasi pengaturan dukungan didukung mendukung karena bisa ditemukan coba mau gratis uang nomor "
            + "bawaan opsi peladen tautan fitur tampilan ditampilkan menampilkan layar jendela tombol sembarang mulai menit "
            + "rekaman citra konten perbarui diperbarui memperbarui layanan akun surel nonaktifkan dinonaktifkan galat "
            + "silakan perangkat unduh unggah diunduh diunggah mengunduh mengunggah awakutu sandi"));

    /// <summary>Zulu and Xhosa; the first person's "ngi-" is Zulu's, "ndi-" and the class prefix "ii-" ("iifayile") Xhosa's.</summary>
    public static readonly PairMarkers ZuluXhosa = new(
        new("zu", "futhi noma uma lokhu manje lapho kanjani isikhathi ngesikhathi ifayela amafayela yebo sicela thola "
            + "tholakala itholakali shintsha shintshe khombisa cisha lutho yini ngoba", "ngi"),
        new("xh", "kwaye okanye xa ngoku apho oku ixesha ngexesha ifayile enkosi ewe nceda fumana fumaneka ayifumaneki "
            + "tshintsha tshintshe cima ntoni kakuhle kuba ngokuba nokuba", "ndi ii"));

    /// <summary>Faroese and Icelandic; a word with "ø" is Faroese, one with "þ" Icelandic (neither writes the other's).</summary>
    public static readonly PairMarkers FaroeseIcelandic = new(
        new("fo", "ikki hevur hetta tú tín tína tínar tínum tygum eg vit hesin hesi hesum nakað onkur okkurt ella", "", "ø"),
        new("is", "ekki hefur þetta þú þín þína þínar ég eða það því þessi þessum", "", "þ"));

    public static readonly IReadOnlyList<PairMarkers> All = [MalayIndonesian, ZuluXhosa, FaroeseIcelandic];

    public FrozenSet<string> Languages { get; }

    /// <summary>The language the words of <paramref name="text"/> settle, or null when they do not.</summary>
    public string? Decide(string text)
    {
        int firstCount = 0, secondCount = 0;
        Span<char> buffer = stackalloc char[MarkerWords.MaxLength];
        foreach (var word in MarkerWords.Of(text, buffer))
        {
            firstCount += Marks(first, word) ? 1 : 0;
            secondCount += Marks(second, word) ? 1 : 0;
        }
        return MarkerWords.Clear(firstCount, secondCount) ? first.Language
            : MarkerWords.Clear(secondCount, firstCount) ? second.Language
            : null;
    }

    private static bool Marks(Side side, ReadOnlySpan<char> word)
    {
        if (side.WordLookup.Contains(word) || (side.Letters.Length > 0 && word.IndexOfAny(side.Letters) >= 0))
        {
            return true;
        }
        foreach (var prefix in side.Prefixes)
        {
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One language of the pair: its marker words, word beginnings and letters.</summary>
    private sealed class Side(string language, string words, string prefixes = "", string letters = "")
    {
        public string Language { get; } = language;

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup { get; } =
            Split(words).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public string[] Prefixes { get; } = Split(prefixes);

        public string Letters { get; } = letters;

        private static string[] Split(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
