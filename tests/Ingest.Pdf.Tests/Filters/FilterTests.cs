using System.Text;
using Ingest.Pdf.Filters;
using Ingest.Pdf.Tests.Support;

namespace Ingest.Pdf.Tests.Filters;

public sealed class FilterTests
{
    private const long Limit = 1 << 20;

    [Test]
    public void Flate_DecodesZlibData()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 12 Tf (Hello) Tj ET\n", 50)));

        var result = FlateFilter.Decode(PdfBuilder.Deflate(text), Limit);

        Assert.That(result.Data, Is.EqualTo(text));
        Assert.That(result.Damaged, Is.False);
    }

    [Test]
    public void Flate_KeepsDecodedPrefix_WhenDataIsCut()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var compressed = PdfBuilder.Deflate(text);

        var result = FlateFilter.Decode(compressed.AsMemory(0, compressed.Length / 2), Limit);

        Assert.That(text.AsSpan().StartsWith(result.Data), Is.True);
    }

    [Test]
    public void Flate_KeepsTheTextBeforeTheDamage_WhenABlockIsCorrupt()
    {
        // Under one read step of output, so that the whole stream used to be lost with the failing read.
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2500).Select(i => (i * 7919 % 10007).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ")));
        var compressed = PdfBuilder.Deflate(text);
        var result = default(FilterResult);
        // The first byte from three quarters on whose inversion the inflater notices.
        for (var at = compressed.Length * 3 / 4; at < compressed.Length && !result.Damaged; at++)
        {
            var damaged = compressed.ToArray();
            damaged[at] ^= 0xFF;
            result = FlateFilter.Decode(damaged, Limit);
        }

        Assert.That(result.Damaged, Is.True);
        var kept = text.AsSpan().CommonPrefixLength(result.Data);
        Assert.That(kept, Is.GreaterThan(text.Length / 4), "the text before the damage is kept");
    }

    [Test]
    public void Flate_StopsAtLimit_ForDecompressionBomb()
    {
        var bomb = PdfBuilder.Deflate(new byte[8 << 20]);

        Assert.That(() => FlateFilter.Decode(bomb, Limit), Throws.TypeOf<StreamLimitException>());
    }

    [Test]
    public void Lzw_DecodesTheIsoExample()
    {
        // ISO 32000-1, 7.4.4.2: "-----A---B" encodes as 80 0B 60 50 22 0C 0C 85 01.
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];

        var result = LzwFilter.Decode(encoded, Limit, earlyChange: true);

        Assert.That(Encoding.ASCII.GetString(result.Data), Is.EqualTo("-----A---B"));
    }

    [Test]
    public void Ascii85_DecodesWithAndWithoutDelimiters()
    {
        Assert.That(Encoding.ASCII.GetString(AsciiFilters.DecodeAscii85("<~87cURD_*#-6q/;CDfTZ)+T~>"u8, Limit).Data),
            Is.EqualTo("Hello, PDF world!"));
        Assert.That(AsciiFilters.DecodeAscii85("z~>"u8, Limit).Data, Is.EqualTo(new byte[4]));
    }

    [Test]
    public void AsciiHex_IgnoresWhitespace_AndPadsOddDigit() =>
        Assert.That(AsciiFilters.DecodeHex("48 65\n6c 6C 6>"u8, Limit).Data, Is.EqualTo("Hell`"u8.ToArray()));

    [Test]
    public void RunLength_ExpandsLiteralAndRepeatRuns()
    {
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 254, (byte)'x', 128];

        Assert.That(Encoding.ASCII.GetString(AsciiFilters.DecodeRunLength(encoded, Limit).Data), Is.EqualTo("abcxxx"));
    }

    [Test]
    public void PngPredictor_UndoesUpAndSubRows()
    {
        // Two rows of 3 bytes: row 1 with Sub (type 1), row 2 with Up (type 2).
        byte[] predicted = [1, 10, 5, 5, 2, 1, 1, 1];

        var result = Predictor.Apply(predicted, 12, 1, 8, 3);

        Assert.That(result, Is.EqualTo(new byte[] { 10, 15, 20, 11, 16, 21 }));
    }
}
