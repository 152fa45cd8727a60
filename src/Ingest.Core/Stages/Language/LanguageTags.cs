using System.Collections.Frozen;

namespace Ingest.Core.Stages.Language;

/// <summary>Maps the language subtags documents claim to the tags the model uses.</summary>
public static class LanguageTags
{
    // Deprecated ISO 639 codes and macrolanguages that real lang attributes still carry.
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["no"] = "nb", ["iw"] = "he", ["in"] = "id", ["ji"] = "yi", ["sh"] = "sr", ["mo"] = "ro",
        ["zsm"] = "ms", ["cmn"] = "zh", ["pes"] = "fa", ["arb"] = "ar", ["fil"] = "tl",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The model's tag for a primary language subtag (lower case).</summary>
    public static string Canonical(string primary) => Aliases.GetValueOrDefault(primary, primary);
}
