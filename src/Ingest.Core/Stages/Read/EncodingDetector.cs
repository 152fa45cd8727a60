using System.Text;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Read;

/// <summary>Decides how a file's bytes are encoded, weighing the evidence in a fixed order.</summary>
/// <remarks>
/// Byte order mark; UTF-16/32 from where zero bytes fall; pure ASCII (and ISO-2022-JP's escapes); strict UTF-8;
/// UTF-16 from a repeated high byte; UTF-8 with a few damaged bytes; then the statistical ranking of legacy encodings,
/// against which a declared charset is checked: the declaration wins when its decoding is plausible, else it is
/// reported as contradicted (WHATWG Encoding §6 gives the BOM precedence; the rest is ours).
/// </remarks>
public sealed class EncodingDetector(ReadOptions options, StatisticalDetector statistics)
{
    public EncodingDetector(ReadOptions options)
        : this(options, new StatisticalDetector())
    {
    }

    public EncodingDetection Detect(ReadOnlySpan<byte> bytes)
    {
        if (Bom(bytes) is { } bom)
        {
            return new EncodingDetection(new DetectedEncoding(bom.Name, 1.0, true, "bom"), bom.Length);
        }
        if (bytes.Contains((byte)0) && Utf16Sniffer.Sniff(bytes) is { } wide)
        {
            return new EncodingDetection(new DetectedEncoding(wide, 0.97, false, "utf16-pattern"), 0);
        }
        var declared = DeclaredCharset.Find(bytes);
        var declaredName = declared is null ? null : EncodingLabels.Resolve(declared);
        var firstNonAscii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (firstNonAscii < 0)
        {
            return Ascii(bytes, declared, declaredName);
        }
        if (IsValidUtf8(bytes))
        {
            var lies = declaredName is not null && declaredName != "utf-8" && !declaredName.StartsWith("utf-16", StringComparison.Ordinal);
            return new EncodingDetection(new DetectedEncoding("utf-8", 1.0, false, "utf8"), 0, declared, declaredName, lies);
        }
        if (Utf16Sniffer.Sniff(bytes) is { } script)
        {
            return new EncodingDetection(new DetectedEncoding(script, 0.9, false, "utf16-pattern"), 0, declared, declaredName);
        }
        // A look at the head settles most legacy files before the whole file is walked.
        var head = bytes[..Math.Min(bytes.Length, options.MaxSampleBytes)];
        var scan = Utf8Scan.MayBeDamaged(head, options.MaxInvalidUtf8Share) ? Utf8Scan.Of(head) : null;
        if (scan is not null && DamagedUtf8(scan) && bytes.Length > options.MaxSampleBytes)
        {
            scan = Utf8Scan.Of(bytes);
        }
        if (scan is not null && DamagedUtf8(scan))
        {
            var confidence = Math.Round(1.0 - (double)scan.InvalidBytes / scan.NonAsciiBytes, 4);
            var lies = declaredName is not null && declaredName != "utf-8";
            return new EncodingDetection(new DetectedEncoding("utf-8", confidence, false, "utf8-damaged"), 0, declared,
                declaredName, lies, scan);
        }
        return Statistical(Sample(bytes, firstNonAscii), declared, declaredName);
    }

    private bool DamagedUtf8(Utf8Scan scan) =>
        scan.ValidMultiByte >= 2 && scan.InvalidBytes <= scan.NonAsciiBytes * options.MaxInvalidUtf8Share;

    private EncodingDetection Statistical(ReadOnlySpan<byte> sample, string? declared, string? declaredName)
    {
        var ranking = statistics.Rank(sample);
        var best = ranking[0];
        // Candidates that decode to the same text are all right; the verdict owns their combined share.
        var same = ranking.Where(c => c.Decoding == best.Decoding).ToList();
        var confidence = Math.Round(same.Sum(c => c.Posterior), 4);
        var runnerUp = ranking.FirstOrDefault(c => c.Decoding != best.Decoding && c.Posterior >= options.RunnerUpMinShare)?.Encoding;
        if (declaredName is not null)
        {
            if (same.Any(c => c.Encoding == declaredName))
            {
                return new EncodingDetection(new DetectedEncoding(declaredName, confidence, false, "declared", runnerUp), 0,
                    declared, declaredName);
            }
            var claim = ranking.FirstOrDefault(c => c.Encoding == declaredName);
            if (claim is null && declaredName != "utf-8" && LegacyEncodings.IsKnown(declaredName))
            {
                // An encoding the statistics do not model (windows-874, say): the declaration is all we have.
                return new EncodingDetection(new DetectedEncoding(declaredName, 0.5, false, "declared", best.Encoding), 0,
                    declared, declaredName);
            }
            if (claim is not null && claim.Posterior * options.DeclaredTrust >= best.Posterior)
            {
                return new EncodingDetection(
                    new DetectedEncoding(declaredName, Math.Round(claim.Posterior * options.DeclaredTrust / (claim.Posterior * options.DeclaredTrust + best.Posterior), 4),
                        false, "declared", best.Encoding), 0, declared, declaredName);
            }
            return new EncodingDetection(new DetectedEncoding(best.Encoding, confidence, false, "statistical", runnerUp ?? declaredName), 0,
                declared, declaredName, DeclaredContradicted: true);
        }
        return new EncodingDetection(new DetectedEncoding(best.Encoding, confidence, false, "statistical", runnerUp), 0, declared, declaredName);
    }

    private static EncodingDetection Ascii(ReadOnlySpan<byte> bytes, string? declared, string? declaredName)
    {
        if (bytes.IndexOf("\u001B$B"u8) >= 0 || bytes.IndexOf("\u001B$@"u8) >= 0 || bytes.IndexOf("\u001B(J"u8) >= 0)
        {
            return new EncodingDetection(new DetectedEncoding("iso-2022-jp", 0.99, false, "escape"), 0, declared, declaredName,
                declaredName is not null && declaredName != "iso-2022-jp");
        }
        // ASCII decodes alike in every candidate, so a declared ASCII-compatible charset costs nothing to honour.
        if (declaredName is not null && !declaredName.StartsWith("utf-16", StringComparison.Ordinal) && declaredName != "iso-2022-jp")
        {
            return new EncodingDetection(new DetectedEncoding(declaredName, 0.99, false, "declared"), 0, declared, declaredName);
        }
        return new EncodingDetection(new DetectedEncoding("utf-8", 0.99, false, "utf8"), 0, declared, declaredName);
    }

    /// <summary>Valid UTF-8, allowing one sequence cut off by the end of the bytes.</summary>
    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }
        var tail = Math.Max(0, bytes.Length - 3);
        var lead = bytes[tail..].LastIndexOfAnyInRange((byte)0xC0, (byte)0xFF);
        return lead >= 0 && Rune.DecodeFromUtf8(bytes[(tail + lead)..], out _, out _) == System.Buffers.OperationStatus.NeedMoreData
            && System.Text.Unicode.Utf8.IsValid(bytes[..(tail + lead)]);
    }

    /// <summary>At most <see cref="ReadOptions.MaxSampleBytes"/> from the start of the line with the first non-ASCII byte.</summary>
    private ReadOnlySpan<byte> Sample(ReadOnlySpan<byte> bytes, int firstNonAscii)
    {
        var start = bytes[..firstNonAscii].LastIndexOf((byte)'\n') + 1;
        if (bytes.Length - start <= options.MaxSampleBytes)
        {
            return bytes[start..];
        }
        var sample = bytes.Slice(start, options.MaxSampleBytes);
        // End on a line break so that no multi-byte character is cut.
        var end = sample.LastIndexOf((byte)'\n');
        return end > 0 ? sample[..(end + 1)] : sample;
    }

    private static (string Name, int Length)? Bom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => ("utf-8", 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => ("utf-32le", 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => ("utf-32be", 4),
        [0xFF, 0xFE, ..] => ("utf-16le", 2),
        [0xFE, 0xFF, ..] => ("utf-16be", 2),
        _ => null,
    };
}
