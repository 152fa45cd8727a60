using System.Collections.Frozen;

namespace Ingest.Core.Stages.Language;

/// <summary>
/// Tells Malay and Indonesian apart by words the two standards chose differently, which character n-grams weigh too
/// lightly in text that otherwise shares nearly every word: Malay "fail", "maklumat", "tetapan", "sokongan", "tiada",
/// "kerana", "nyahpasang"; Indonesian "berkas", "informasi", "pengaturan", "dukungan", "karena", "bisa".
/// </summary>
/// <remarks>The lists come from the standards' well-known differences, chosen on the development set of the language
/// evaluation. A word counts once per occurrence; a side is clear with two words and twice as many as the other
/// side. Malay's "nyah-" prefix ("nyahaktif", "nyahpepijat") counts as a Malay word.</remarks>
internal static class MalayMarkers
{
    public static readonly FrozenSet<string> Languages = new[] { "ms", "id" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Malay = Set(
        "fail maklumat tetapan sokongan disokong menyokong tiada kerana sahaja baharu semasa dijumpai cuba mahu " +
        "percuma wang nombor lalai opsyen aturcara rangkaian pelayan pautan carian ciri paparan papar skrin tetingkap " +
        "butang tukar berjaya senarai sebarang kekunci laksana dilaksanakan melaksanakan bermula tamat tarikh minit " +
        "rakaman pemacu cakera saiz imej kandungan terkini mengemaskini kemaskini dikemaskini perkhidmatan akaun emel " +
        "hantar dihantar menghantar tajuk amaran dayakan didayakan lumpuhkan dilumpuhkan ralat mesej laluan sila perisian " +
        "pepijat kebenaran bilangan pengepala ditukar menukar betul peranti");

    private static readonly FrozenSet<string> Indonesian = Set(
        "berkas informasi pengaturan dukungan didukung mendukung karena bisa ditemukan coba mau gratis uang nomor " +
        "bawaan opsi jaringan peladen tautan fitur tampilan ditampilkan menampilkan layar jendela tombol " +
        "sembarang dijalankan menjalankan mulai selesai tanggal menit rekaman penggerak ukuran citra konten terbaru " +
        "perbarui diperbarui memperbarui layanan akun surel kirim dikirim mengirim judul peringatan aktifkan diaktifkan " +
        "nonaktifkan dinonaktifkan galat pesan silakan perangkat unduh unggah diunduh diunggah mengunduh mengunggah " +
        "awakutu sandi");

    /// <summary>The language the words of <paramref name="text"/> settle, or null when they do not.</summary>
    public static string? Decide(string text)
    {
        int malay = 0, indonesian = 0;
        foreach (var word in MarkerWords.Of(text))
        {
            malay += Malay.Contains(word) || (word.StartsWith("nyah", StringComparison.Ordinal) && word.Length > 6) ? 1 : 0;
            indonesian += Indonesian.Contains(word) ? 1 : 0;
        }
        return MarkerWords.Clear(malay, indonesian) ? "ms" : MarkerWords.Clear(indonesian, malay) ? "id" : null;
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
