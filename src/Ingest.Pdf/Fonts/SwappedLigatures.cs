namespace Ingest.Pdf.Fonts;

/// <summary>
/// Mends ToUnicode entries whose several UTF-16 units were written with their bytes out of order, a defect of some
/// PDF writers (Ghostscript 10.0 writes the "fi" ligature as &lt;66006900&gt;, which reads "昀椀", and the Arabic
/// lam-alef as &lt;06444427&gt;, "ل䐧"). Only an entry of two or more units is considered, only when one of its units
/// lies in a block of 256 code points that none of the font's one-character letters uses (the Latin blocks count as
/// one: a font of accented letters holds the ligatures of its plain ones), and only when a reading of the same bytes
/// gives letters all in the font's own blocks. Anything else is left as written.
/// </summary>
internal static class SwappedLigatures
{
    /// <summary>Rewrites the mended entries of <paramref name="cmap"/> in place; returns how many were mended.</summary>
    public static int Mend(CMap cmap)
    {
        var home = HomeBlocks(cmap);
        if (home.Count == 0)
        {
            return 0;
        }
        var mended = 0;
        foreach (var key in cmap.UnicodeSingles.Keys.ToList())
        {
            if (Mended(cmap.UnicodeSingles[key], home) is { } text)
            {
                cmap.UnicodeSingles[key] = text;
                mended++;
            }
        }
        for (var i = 0; i < cmap.UnicodeRanges.Count; i++)
        {
            var range = cmap.UnicodeRanges[i];
            if (range.Texts is not null)
            {
                var texts = range.Texts.Select(t => Mended(t, home) ?? t).ToList();
                var changed = texts.Where((t, j) => !ReferenceEquals(t, range.Texts[j])).Count();
                if (changed > 0)
                {
                    cmap.UnicodeRanges[i] = range with { Texts = texts };
                    mended += changed;
                }
            }
            else if (range.Low == range.High && Mended(range.Text!, home) is { } text)
            {
                cmap.UnicodeRanges[i] = range with { Text = text };
                mended++;
            }
        }
        return mended;
    }

    /// <summary>The blocks of the font's one-character letters.</summary>
    private static HashSet<int> HomeBlocks(CMap cmap)
    {
        var blocks = new HashSet<int>();
        foreach (var text in cmap.UnicodeSingles.Values)
        {
            AddBlock(blocks, text);
        }
        foreach (var range in cmap.UnicodeRanges)
        {
            foreach (var text in range.Texts ?? [range.Text!])
            {
                AddBlock(blocks, text);
            }
        }
        return blocks;
    }

    private static void AddBlock(HashSet<int> blocks, string text)
    {
        if (text.Length == 1 && char.IsLetter(text[0]))
        {
            blocks.Add(Block(text[0]));
        }
    }

    /// <summary>The block of 256 code points of <paramref name="c"/>, with the Latin blocks as one.</summary>
    private static int Block(char c) => (c >> 8) is 0x00 or 0x01 or 0x02 or 0x1D or 0x1E or 0x2C or 0xA7 or 0xAB ? 0 : c >> 8;

    /// <summary>The mended text of one entry, or null when it needs no mending or no reading fits.</summary>
    private static string? Mended(string text, HashSet<int> home)
    {
        if (text.Length < 2 || text.Any(char.IsSurrogate) || text.All(c => home.Contains(Block(c))))
        {
            return null;
        }
        // Each unit's bytes swapped: the units were written little-endian.
        var swapped = new string(text.Select(c => (char)(((c & 0xFF) << 8) | (c >> 8))).ToArray());
        if (Fits(swapped, home))
        {
            return swapped;
        }
        // The first unit right, every later unit's high byte replaced by the first one's low byte.
        var shared = text[0] >> 8;
        var sharedHigh = new string(text.Select((c, i) => i == 0 ? c : (char)((shared << 8) | (c & 0xFF))).ToArray());
        var highBytesRepeat = text.Skip(1).Select((c, i) => c >> 8 == (text[i] & 0xFF)).All(b => b);
        return highBytesRepeat && Fits(sharedHigh, home) ? sharedHigh : null;
    }

    private static bool Fits(string text, HashSet<int> home) =>
        text.All(c => home.Contains(Block(c)) && (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark));
}
