using System.Text;

namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>The common repertoires that the CJK national standards set apart, used as a prior for characters the training text lacks.</summary>
/// <remarks>
/// GB 2312 level 1 (3,755 frequent hanzi), Big5's frequently used block (A440–C67E), the 2,350 hangul syllables of
/// KS X 1001 and JIS X 0208 level 1 kanji with kana were each chosen by frequency when the standards were made, so they
/// are taken from the decoders here rather than stored.
/// </remarks>
internal static class CommonCharacters
{
    public static ISet<char>? For(string profile) => profile switch
    {
        "zh-hans" => Rows(54936, 0xB0, 0xD7, 0xA1, 0xFE),
        "zh-hant" => Rows(950, 0xA4, 0xC6, 0x40, 0x7E, 0xA1, 0xFE),
        "ko" => Rows(51949, 0xB0, 0xC8, 0xA1, 0xFE),
        "ja" => Rows(51932, 0xA4, 0xA5, 0xA1, 0xFE).Concat(Rows(51932, 0xB0, 0xCF, 0xA1, 0xFE)).ToHashSet(),
        _ => null,
    };

    private static HashSet<char> Rows(int codePage, int leadFrom, int leadTo, params int[] trailRanges)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ReplacementFallback,
            new DecoderReplacementFallback("\uFFFD")) ?? throw new InvalidOperationException($"code page {codePage} is missing");
        var bytes = new List<byte>();
        for (var lead = leadFrom; lead <= leadTo; lead++)
        {
            for (var r = 0; r + 1 < trailRanges.Length; r += 2)
            {
                for (var trail = trailRanges[r]; trail <= trailRanges[r + 1]; trail++)
                {
                    bytes.Add((byte)lead);
                    bytes.Add((byte)trail);
                }
            }
        }
        var set = encoding.GetString([.. bytes]).ToHashSet();
        set.Remove('\uFFFD');
        return set;
    }
}
