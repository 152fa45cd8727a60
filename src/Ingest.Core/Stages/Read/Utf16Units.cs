using System.Collections.Frozen;
using System.Globalization;
using Ingest.Core.Stages.Read.Statistics;

namespace Ingest.Core.Stages.Read;

/// <summary>What the 16-bit code units of some bytes are, read in one byte order: how many are CJK, ASCII text, other letters, or impossible in text.</summary>
/// <remarks>
/// UTF-16 CJK text has no telltale zero bytes (only its ASCII has them) and no repeated high byte, but its units fall in
/// few blocks: ideographs, kana, hangul, CJK and full-width punctuation, with surrogates in pairs. Legacy CJK bytes read
/// two at a time land, besides plausible ideographs, on unpaired surrogates, private use and unassigned units, C0/C1
/// controls, or, shifted by each odd run of ASCII, on Yi syllables and symbols — rejected here.
/// </remarks>
internal readonly record struct Utf16Units(int Units, int Cjk, int Common, int Text, int Other, int Impossible)
{
    /// <summary>
    /// The common repertoires of the CJK standards (<see cref="Statistics.CommonCharacters"/>) and the characters the CJK
    /// profiles were trained on. Real text draws nearly all its ideographs and hangul from them; legacy bytes read as
    /// UTF-16 land on rows of rare ones (Shift_JIS read big-endian gives only ideographs U+8140–U+9FFC).
    /// </summary>
    private static readonly Lazy<FrozenSet<char>> Frequent = new(() => ProfileSet.Default.Profiles
        .Where(p => p.Common is not null).SelectMany(p => p.Common!.Concat(p.Symbols)).ToFrozenSet());

    /// <summary>Units a judgement needs.</summary>
    public const int MinUnits = 8;

    public static Utf16Units Judge(ReadOnlySpan<byte> bytes, bool littleEndian)
    {
        var (units, cjk, common, text, other, impossible) = (0, 0, 0, 0, 0, 0);
        var frequent = Frequent.Value;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var unit = (char)(littleEndian ? bytes[i] | bytes[i + 1] << 8 : bytes[i] << 8 | bytes[i + 1]);
            units++;
            if (char.IsHighSurrogate(unit))
            {
                // A pair is one character (CJK extensions, mostly); a high surrogate cut by the end is not held against the text.
                var low = i + 3 < bytes.Length ? (char)(littleEndian ? bytes[i + 2] | bytes[i + 3] << 8 : bytes[i + 2] << 8 | bytes[i + 3]) : '\uDC00';
                if (char.IsLowSurrogate(low))
                {
                    (cjk, common, units, i) = (cjk + 2, common + 2, units + 1, i + 2);
                    continue;
                }
                impossible++;
                continue;
            }
            if (unit is >= ' ' and < '\u007F' or '\t' or '\n' or '\r' or >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205E')
            {
                // ASCII and general punctuation (dashes, quotes, ellipsis), which CJK text uses too.
                text++;
            }
            else if (IsCjk(unit))
            {
                cjk++;
                common += unit is < '\u3100' or >= '\uFF00' || frequent.Contains(unit) ? 1 : 0;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(unit) is UnicodeCategory.Control or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate || unit is '\uFFFE' or '\uFFFF')
            {
                impossible++;
            }
            else if (char.IsLetter(unit) && unit < '\u3000')
            {
                // Latin, Greek, Cyrillic... quoted in CJK text; Yi and the rest above U+3000 count as other.
                text++;
            }
            else
            {
                other++;
            }
        }
        return new Utf16Units(units, cjk, common, text, other, impossible);
    }

    /// <summary>Whether these units are text of any script: nothing impossible and hardly anything outside CJK and text.</summary>
    public bool IsText => Units >= MinUnits && Impossible == 0 && Other * 50 <= Units;

    /// <summary>
    /// Whether these units are CJK text: nothing impossible, at least a third CJK, hardly anything outside CJK and text,
    /// and the CJK characters (kana, punctuation, full-width forms, ideographs and hangul) mostly frequent ones.
    /// </summary>
    public bool IsCjkText => IsText && Cjk * 3 >= Units && Common >= Cjk * 0.8;

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u30FF' // CJK punctuation, hiragana, katakana
        or >= '\u3100' and <= '\u318F' // bopomofo, hangul compatibility jamo
        or >= '\u3400' and <= '\u4DBF' // CJK extension A
        or >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
        or >= '\uAC00' and <= '\uD7A3' // hangul syllables
        or >= '\uF900' and <= '\uFAFF' // CJK compatibility ideographs
        or >= '\uFF00' and <= '\uFFEF' // full-width and half-width forms
        or >= '\u1100' and <= '\u11FF'; // hangul jamo
}
