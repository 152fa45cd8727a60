using System.Text;

namespace Ingest.Core.Stages.Read;

/// <summary>Looks up .NET encodings by WHATWG name without registering a global provider.</summary>
public static class LegacyEncodings
{
    public static Encoding Get(string whatwgName)
    {
        var name = whatwgName.ToLowerInvariant() switch
        {
            // WHATWG maps the Latin-1 labels to windows-1252 (Encoding Standard §4.2).
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            var other => other,
        };
        return CodePagesEncodingProvider.Instance.GetEncoding(name)
            ?? Encoding.GetEncoding(name);
    }
}
