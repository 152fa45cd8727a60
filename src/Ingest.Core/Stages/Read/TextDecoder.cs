using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Read;

/// <summary>Decodes bytes as an <see cref="EncodingDetection"/> says, recording the bytes it had to drop.</summary>
public static class TextDecoder
{
    public const string InvalidUtf8Kind = "invalid-utf8";

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, EncodingDetection detection)
    {
        var body = bytes[detection.BomLength..];
        var name = detection.Encoding.Name;
        if (name == "utf-8")
        {
            var scan = detection.Utf8 ?? (System.Text.Unicode.Utf8.IsValid(body) ? null : Utf8Scan.Of(body));
            if (scan is null || scan.InvalidRuns.IsEmpty)
            {
                return new DecodedText(System.Text.Encoding.UTF8.GetString(body), detection.Encoding);
            }
            var offset = detection.BomLength;
            var repairs = scan.InvalidRuns.Select(run => new Model.Repair(InvalidUtf8Kind, Span.Bytes(run.Start + offset, run.End + offset),
                run.Length, string.Create(CultureInfo.InvariantCulture,
                    $"dropped {run.Length} byte(s) that are not UTF-8 at source bytes {run.Start + offset}-{run.End + offset}")));
            return new DecodedText(Utf8Scan.DecodeDroppingInvalid(body, scan.InvalidRuns), detection.Encoding, [.. repairs]);
        }
        return new DecodedText(LegacyEncodings.Get(name).GetString(body), detection.Encoding);
    }
}
