using Ingest.Core.Stages.Read;

namespace Ingest.Evaluation.Encoding;

/// <summary>Turns the names the peers print (Python codec names, IANA names, uchardet's) into names .NET can decode.</summary>
internal static class PeerLabels
{
    public static string? Normalize(string label)
    {
        var lower = label.Trim().ToLowerInvariant();
        var dashed = lower.Replace('_', '-');
        var name = EncodingLabels.Resolve(lower) ?? EncodingLabels.Resolve(dashed) ?? dashed switch
        {
            "mac-roman" or "macroman" => "macintosh",
            "mac-cyrillic" or "maccyrillic" => "x-mac-cyrillic",
            "mac-centraleurope" or "mac-latin2" => "x-mac-ce",
            "iso8859-1" or "latin-1" => "windows-1252",
            "utf-8-sig" => "utf-8",
            "utf-16-le" => "utf-16le",
            "utf-16-be" => "utf-16be",
            "uhc" => "euc-kr",
            "iso2022-jp" => "iso-2022-jp",
            "euc-jis-2004" or "euc-jisx0213" => "euc-jp",
            "big5hkscs" => "big5",
            "mac-iceland" => "x-mac-icelandic",
            "cp775" => "ibm775",
            // .NET lacks cp1125 (Ukrainian DOS); its Russian letters are cp866's, so Russian decodes alike.
            "cp1125" => "ibm866",
            "euc-tw" => null,
            var other when other.StartsWith("iso8859-", StringComparison.Ordinal) => EncodingLabels.Resolve("iso-8859-" + other[8..]) ?? "iso-8859-" + other[8..],
            var other => other,
        };
        return name is not null && LegacyEncodings.IsKnown(name) ? name : null;
    }
}
