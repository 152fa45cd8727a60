using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ingest.Core.Stages.Language;

/// <summary>Per UTF-16 code unit, what the n-gram normalization makes of it: its lower-case letter, itself for a
/// combining mark, or a space. Precomputed because category and case lookups cost more than the n-gram scoring.</summary>
internal static class CharFolding
{
    /// <summary>The folded unit: lower-case letter, combining mark, or a space for everything else.</summary>
    public static readonly char[] Folded = BuildFolded();

    /// <summary>True where the unit is a letter (not a mark): letters are what MinLetters and the script pass count.</summary>
    public static readonly bool[] IsLetter = BuildLetters();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static char[] BuildFolded()
    {
        var folded = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var category = char.GetUnicodeCategory(c);
            folded[i] = category switch
            {
                <= UnicodeCategory.OtherLetter => char.ToLowerInvariant(c),
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => c,
                _ => ' ',
            };
        }
        return folded;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool[] BuildLetters()
    {
        var letters = new bool[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            letters[i] = char.GetUnicodeCategory((char)i) <= UnicodeCategory.OtherLetter;
        }
        return letters;
    }
}
