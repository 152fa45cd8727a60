using System.Collections.Frozen;

namespace Ingest.Core.Stages.Language;

/// <summary>
/// Tells close languages apart by words their standards chose differently, which character n-grams weigh too
/// lightly in text that otherwise shares nearly every word (or whose profiles were trained on different kinds of
/// text): Malay "fail", "maklumat", "tetapan", "tiada" against Indonesian "berkas", "informasi", "pengaturan",
/// "karena"; Zulu "futhi", "noma", "manje", "sicela" against Xhosa "kwaye", "okanye", "ngoku", "nceda"; Faroese
/// "ikki", "hevur", "tú" against Icelandic "ekki", "hefur", "þú".
/// </summary>
/// <remarks>The lists come from the standards' well-known differences, chosen on the development set of the language
/// evaluation. A word (or a word with a member's prefix or one of its letters) counts once per occurrence for every
/// member that lists it. The members whose count is more than half the best count stay; when that rules any member out, the n-grams choose among the rest (for two members: one marker against none,
/// or two and twice the other's, as <see cref="MarkerWords.Clear"/>).</remarks>
internal sealed class MarkerGroup : ICloseLanguageMarkers
{
    private readonly Member[] members;

    private MarkerGroup(params Member[] members)
    {
        this.members = members;
        Members = [.. members.Select(member => member.Language)];
        Languages = Members.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Malay and Indonesian; Malay's "nyah-" ("nyahaktif", "nyahpepijat") counts as a Malay word.</summary>
    public static readonly MarkerGroup MalayIndonesian = new(
        new Member("ms", "fail maklumat tetapan sokongan disokong menyokong tiada kerana sahaja baharu cuba mahu percuma wang "
            + "nombor lalai opsyen aturcara pautan carian paparan papar skrin tetingkap butang berjaya senarai sebarang "
            + "kekunci tarikh minit rakaman cakera saiz imej mengemaskini kemaskini dikemaskini perkhidmatan akaun emel "
            + "hantar dihantar menghantar tajuk amaran dayakan didayakan lumpuhkan dilumpuhkan ralat mesej laluan sila "
            + "perisian pepijat pengepala peranti", "nyah"),
        new Member("id", "berkas informasi pengaturan dukungan didukung mendukung karena bisa ditemukan coba mau gratis uang nomor "
            + "bawaan opsi peladen tautan fitur tampilan ditampilkan menampilkan layar jendela tombol sembarang mulai menit "
            + "rekaman citra konten perbarui diperbarui memperbarui layanan akun surel nonaktifkan dinonaktifkan galat "
            + "silakan perangkat unduh unggah diunduh diunggah mengunduh mengunggah awakutu sandi"));

    /// <summary>Zulu and Xhosa; the first person's "ngi-" is Zulu's, "ndi-" and the class prefix "ii-" ("iifayile") Xhosa's.</summary>
    public static readonly MarkerGroup ZuluXhosa = new(
        new Member("zu", "futhi noma uma lokhu manje lapho kanjani isikhathi ngesikhathi ifayela amafayela yebo sicela thola "
            + "tholakala itholakali shintsha shintshe khombisa cisha lutho yini ngoba", "ngi"),
        new Member("xh", "kwaye okanye xa ngoku apho oku ixesha ngexesha ifayile enkosi ewe nceda fumana fumaneka ayifumaneki "
            + "tshintsha tshintshe cima ntoni kakuhle kuba ngokuba nokuba", "ndi ii"));

    /// <summary>Faroese and Icelandic; a word with "ø" is Faroese, one with "þ" Icelandic (neither writes the other's).</summary>
    public static readonly MarkerGroup FaroeseIcelandic = new(
        new Member("fo", "ikki hevur hetta tú tín tína tínar tínum tygum eg vit hesin hesi hesum nakað onkur okkurt ella", "", "ø"),
        new Member("is", "ekki hefur þetta þú þín þína þínar ég eða það því þessi þessum", "", "þ"));

    public IReadOnlyList<string> Members { get; }

    public FrozenSet<string> Languages { get; }

    /// <inheritdoc/>
    /// <remarks>The script does not matter: every member is written in one.</remarks>
    public string? Decide(string text, ReadOnlySpan<double> ngramScores, bool cyrillic = false)
    {
        Span<int> counts = stackalloc int[members.Length];
        Span<char> buffer = stackalloc char[MarkerWords.MaxLength];
        foreach (var word in MarkerWords.Of(text, buffer))
        {
            for (var m = 0; m < members.Length; m++)
            {
                counts[m] += Marks(members[m], word) ? 1 : 0;
            }
        }
        var best = 0;
        foreach (var count in counts)
        {
            best = Math.Max(best, count);
        }
        Span<bool> kept = stackalloc bool[members.Length];
        for (var m = 0; m < members.Length; m++)
        {
            kept[m] = 2 * counts[m] > best;
        }
        return MarkerWords.BestKept(Members, kept, ngramScores);
    }

    private static bool Marks(Member member, ReadOnlySpan<char> word)
    {
        if (member.WordLookup.Contains(word) || (member.Letters.Length > 0 && word.IndexOfAny(member.Letters) >= 0))
        {
            return true;
        }
        foreach (var prefix in member.Prefixes)
        {
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One language of the group: its marker words, word beginnings and letters.</summary>
    private sealed class Member(string language, string words, string prefixes = "", string letters = "")
    {
        public string Language { get; } = language;

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup { get; } =
            Split(words).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public string[] Prefixes { get; } = Split(prefixes);

        public string Letters { get; } = letters;

        private static string[] Split(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
