using System.Collections.Frozen;

namespace Ingest.Core.Stages.Language;

/// <summary>
/// Tells two close languages apart by words their standards chose differently, which character n-grams weigh too
/// lightly in text that otherwise shares nearly every word (or whose profiles were trained on different kinds of
/// text): Malay "fail", "maklumat", "tetapan", "tiada" against Indonesian "berkas", "informasi", "pengaturan",
/// "karena"; Zulu "futhi", "noma", "manje", "sicela" against Xhosa "kwaye", "okanye", "ngoku", "nceda".
/// </summary>
/// <remarks>The lists come from the standards' well-known differences, chosen on the development set of the language
/// evaluation. A word or prefix counts once per occurrence; a side is clear with two and twice as many as the other.</remarks>
internal sealed class PairMarkers
{
    private readonly (string Language, FrozenSet<string> Words, string[] Prefixes) first;
    private readonly (string Language, FrozenSet<string> Words, string[] Prefixes) second;

    private PairMarkers((string Language, string Words, string Prefixes) first, (string Language, string Words, string Prefixes) second)
    {
        this.first = (first.Language, Set(first.Words), Split(first.Prefixes));
        this.second = (second.Language, Set(second.Words), Split(second.Prefixes));
        Languages = new[] { first.Language, second.Language }.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Malay and Indonesian; Malay's "nyah-" ("nyahaktif", "nyahpepijat") counts as a Malay word.</summary>
    public static readonly PairMarkers MalayIndonesian = new(
        ("ms", "fail maklumat tetapan sokongan disokong menyokong tiada kerana sahaja baharu semasa dijumpai cuba mahu "
            + "percuma wang nombor lalai opsyen aturcara rangkaian pelayan pautan carian ciri paparan papar skrin tetingkap "
            + "butang tukar berjaya senarai sebarang kekunci laksana dilaksanakan melaksanakan bermula tamat tarikh minit "
            + "rakaman pemacu cakera saiz imej kandungan terkini mengemaskini kemaskini dikemaskini perkhidmatan akaun emel "
            + "hantar dihantar menghantar tajuk amaran dayakan didayakan lumpuhkan dilumpuhkan ralat mesej laluan sila perisian "
            + "pepijat kebenaran bilangan pengepala ditukar menukar betul peranti", "nyah"),
        ("id", "berkas informasi pengaturan dukungan didukung mendukung karena bisa ditemukan coba mau gratis uang nomor "
            + "bawaan opsi jaringan peladen tautan fitur tampilan ditampilkan menampilkan layar jendela tombol "
            + "sembarang dijalankan menjalankan mulai selesai tanggal menit rekaman penggerak ukuran citra konten terbaru "
            + "perbarui diperbarui memperbarui layanan akun surel kirim dikirim mengirim judul peringatan aktifkan diaktifkan "
            + "nonaktifkan dinonaktifkan galat pesan silakan perangkat unduh unggah diunduh diunggah mengunduh mengunggah "
            + "awakutu sandi", ""));

    /// <summary>Zulu and Xhosa; the first person's "ngi-" is Zulu's, "ndi-" and the class prefix "ii-" ("iifayile") Xhosa's.</summary>
    public static readonly PairMarkers ZuluXhosa = new(
        ("zu", "futhi noma uma lokhu manje lapho kanjani isikhathi ngesikhathi ifayela amafayela yebo sicela thola "
            + "tholakala itholakali shintsha shintshe khombisa cisha lutho yini ngoba", "ngi"),
        ("xh", "kwaye okanye xa ngoku apho oku ixesha ngexesha ifayile enkosi ewe nceda fumana fumaneka ayifumaneki "
            + "tshintsha tshintshe cima ntoni kakuhle kuba ngokuba nokuba", "ndi ii"));

    public static readonly IReadOnlyList<PairMarkers> All = [MalayIndonesian, ZuluXhosa];

    public FrozenSet<string> Languages { get; }

    /// <summary>The language the words of <paramref name="text"/> settle, or null when they do not.</summary>
    public string? Decide(string text)
    {
        int firstCount = 0, secondCount = 0;
        foreach (var word in MarkerWords.Of(text))
        {
            firstCount += Marks(first, word) ? 1 : 0;
            secondCount += Marks(second, word) ? 1 : 0;
        }
        return MarkerWords.Clear(firstCount, secondCount) ? first.Language
            : MarkerWords.Clear(secondCount, firstCount) ? second.Language
            : null;
    }

    private static bool Marks((string Language, FrozenSet<string> Words, string[] Prefixes) side, string word)
    {
        if (side.Words.Contains(word))
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

    private static FrozenSet<string> Set(string words) => Split(words).ToFrozenSet(StringComparer.Ordinal);

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
