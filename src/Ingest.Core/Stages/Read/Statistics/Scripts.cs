namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>The script of a letter, by Unicode block.</summary>
internal static class Scripts
{
    public static Script Of(char c) => c switch
    {
        < '\u0250' or (>= '\u1E00' and < '\u1F00') => Script.Latin,
        >= '\u0370' and < '\u0400' => Script.Greek,
        >= '\u0400' and < '\u0530' => Script.Cyrillic,
        >= '\u0590' and < '\u0600' => Script.Hebrew,
        >= '\u0600' and < '\u0700' => Script.Arabic,
        _ => Script.Other,
    };
}
