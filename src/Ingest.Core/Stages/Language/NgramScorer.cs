using System.Globalization;
using Ingest.Core.Stages.Language.Scripts;

namespace Ingest.Core.Stages.Language;

/// <summary>One pass over a text: counts letters per script and adds up the n-gram weights of every language.</summary>
/// <remarks>Normalizes as Profiles/generate.py does: letters and marks lower-cased, every other run one space.</remarks>
internal static class NgramScorer
{
    private static readonly ulong[] OrderMasks = [0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, ulong.MaxValue];

    /// <summary>Scans <paramref name="text"/>; returns the number of letters.</summary>
    /// <param name="grams">The model's n-gram table.</param>
    /// <param name="text">The text, not yet normalized.</param>
    /// <param name="weights">Per language: the sum of its posting weights (1/32 nat above its floor).</param>
    /// <param name="orderCounts">Per order (1..4 at 0..3): how many known n-grams were seen.</param>
    /// <param name="scriptCounts">Per script id: how many letters.</param>
    public static int Scan(NgramTable grams, ReadOnlySpan<char> text, Span<int> weights, Span<int> orderCounts, Span<int> scriptCounts)
    {
        var languages = grams.Languages;
        var postingWeights = grams.Weights;
        ulong window = ' ';
        var filled = 1;
        var lastSpace = true;
        var letters = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            char lower;
            if (i == text.Length)
            {
                if (lastSpace)
                {
                    break;
                }
                lower = ' ';
            }
            else
            {
                var c = text[i];
                if (c < 128)
                {
                    var folded = (char)(c | 0x20);
                    if (folded is >= 'a' and <= 'z')
                    {
                        letters++;
                        scriptCounts[UnicodeScriptTable.Of(c)]++;
                        lower = folded;
                    }
                    else if (lastSpace)
                    {
                        continue;
                    }
                    else
                    {
                        lower = ' ';
                    }
                }
                else
                {
                    var category = char.GetUnicodeCategory(c);
                    if (category <= UnicodeCategory.OtherLetter)
                    {
                        letters++;
                        scriptCounts[UnicodeScriptTable.Of(c)]++;
                        lower = char.ToLowerInvariant(c);
                    }
                    else if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                    {
                        lower = c;
                    }
                    else if (lastSpace)
                    {
                        continue;
                    }
                    else
                    {
                        lower = ' ';
                    }
                }
            }
            window = (window << 16) | lower;
            lastSpace = lower == ' ';
            filled = Math.Min(LanguageModel.MaxOrder, filled + 1);
            // A lone space says nothing about the language.
            for (var order = lastSpace ? 2 : 1; order <= filled; order++)
            {
                if (!grams.TryGet(window & OrderMasks[order], out var start, out var count))
                {
                    continue;
                }
                orderCounts[order - 1]++;
                for (var p = start; p < start + count; p++)
                {
                    weights[languages[p]] += postingWeights[p];
                }
            }
        }
        return letters;
    }
}
