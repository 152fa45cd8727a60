using System.Text;

namespace Ingest.Core.Stages.Read;

/// <summary>Looks up .NET encodings by WHATWG name without registering a global provider.</summary>
public static class LegacyEncodings
{
    /// <summary>The encoding named <paramref name="whatwgName"/>; <paramref name="strict"/> makes invalid bytes U+FFFD instead of best-fit characters.</summary>
    public static Encoding Get(string whatwgName, bool strict = false)
    {
        var name = whatwgName.ToLowerInvariant() switch
        {
            // WHATWG maps the Latin-1 labels to windows-1252 and Latin-5 to windows-1254 (Encoding Standard §4.2).
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "iso-8859-9" => "windows-1254",
            "ibm866" => "cp866",
            var other => other,
        };
        var decoderFallback = strict ? new DecoderReplacementFallback("\uFFFD") : DecoderFallback.ReplacementFallback;
        return name switch
        {
            "utf-8" => new UTF8Encoding(false, false),
            "utf-16le" => new UnicodeEncoding(false, false),
            "utf-16be" => new UnicodeEncoding(true, false),
            "utf-32le" => new UTF32Encoding(false, false),
            "utf-32be" => new UTF32Encoding(true, false),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ReplacementFallback, decoderFallback)
                ?? Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, decoderFallback),
        };
    }

    /// <summary>Whether .NET can decode the WHATWG name.</summary>
    public static bool IsKnown(string whatwgName)
    {
        try
        {
            Get(whatwgName);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
