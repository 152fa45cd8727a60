using Ingest.Core.Stages.Language.Scripts;

namespace Ingest.Core.Stages.Language;

/// <summary>The passes over a text: letters per script, then the n-gram weights of the profiles of one script.</summary>
/// <remarks>Normalizes as Profiles/generate.py does: letters and marks lower-cased, every other run one space.</remarks>
internal static class NgramScorer
{
    // e^-12 odds leave a confidence above the 0.999 the identifier reports at most.
    private const double StopMargin = 12;
    private const int MinLettersToStop = 100;
    private const int BatchSize = RowSums.MaxRows;
    private static readonly ulong[] OrderMasks = [0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, ulong.MaxValue];

    /// <summary>Counts the letters of each script; returns the number of letters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="scriptCounts">Per script id: how many letters.</param>
    public static int CountScripts(ReadOnlySpan<char> text, Span<int> scriptCounts)
    {
        var isLetter = CharFolding.IsLetter;
        var letters = 0;
        foreach (var c in text)
        {
            if (isLetter[c])
            {
                letters++;
                scriptCounts[UnicodeScriptTable.Of(c)]++;
            }
        }
        return letters;
    }

    /// <summary>Adds up, per column of <paramref name="grams"/>, the weights of the n-grams of <paramref name="text"/>.</summary>
    /// <param name="model">The profiles (floors and languages, for the early stop).</param>
    /// <param name="grams">The n-grams of the candidate script.</param>
    /// <param name="text">The text, not yet normalized.</param>
    /// <param name="weights">Per column: the sum of its n-gram weights (1/32 nat above its floor); at least <see cref="NgramTable.Stride"/> long.</param>
    /// <param name="orderCounts">Per order (1..4 at 0..3; order 1 stays 0): how many n-grams known to the script's profiles were seen.</param>
    /// <param name="complete">Read the whole text even when the answer is settled early (a document, which may change language later).</param>
    public static void Scan(LanguageModel model, ScriptGrams grams, ReadOnlySpan<char> text, Span<int> weights, Span<int> orderCounts, bool complete)
    {
        var table = grams.Table;
        // Rows found are collected and summed a batch at a time, in 16-bit lanes that 256 rows of at most 255 cannot
        // overflow: the summing loop then keeps its totals in registers instead of memory.
        Span<int> batch = stackalloc int[BatchSize];
        var pending = 0;
        ulong window = ' ';
        var filled = 1;
        var lastSpace = true;
        var letters = 0;
        var folded = CharFolding.Folded;
        for (var i = 0; i <= text.Length; i++)
        {
            char lower;
            if (i < text.Length)
            {
                lower = folded[text[i]];
                if (lower == ' ')
                {
                    if (lastSpace)
                    {
                        continue;
                    }
                }
                else
                {
                    letters++;
                }
            }
            else if (lastSpace)
            {
                break;
            }
            else
            {
                lower = ' ';
            }
            window = (window << 16) | lower;
            lastSpace = lower == ' ';
            filled = Math.Min(LanguageModel.MaxOrder, filled + 1);
            // Orders 2 to 4 (pairs of letters, or a letter and a word boundary, and up): single letters changed no bucket of
            // the language evaluation by more than 0.4 points and cost a quarter of the lookups, so the model has none.
            for (var order = 2; order <= filled; order++)
            {
                if (!table.TryGet(window & OrderMasks[order], out var row))
                {
                    continue;
                }
                orderCounts[order - 1]++;
                batch[pending] = row;
                if (++pending == BatchSize)
                {
                    RowSums.Add(table.Weights, table.Stride, batch, weights);
                    pending = 0;
                    if (!complete && letters >= MinLettersToStop && Certain(model, grams, weights, orderCounts))
                    {
                        return;
                    }
                }
            }
        }
        RowSums.Add(table.Weights, table.Stride, batch[..pending], weights);
    }

    /// <summary>True when the best profile leads every profile of another language by <see cref="StopMargin"/> nats
    /// (after the identifier's temperature): more text could not change the answer or its capped confidence.</summary>
    private static bool Certain(LanguageModel model, ScriptGrams grams, Span<int> weights, Span<int> orderCounts)
    {
        var profiles = grams.Profiles;
        Span<double> scores = stackalloc double[profiles.Length];
        var best = 0;
        for (var column = 0; column < profiles.Length; column++)
        {
            scores[column] = model.Score(profiles[column], weights[column], orderCounts);
            if (scores[column] > scores[best])
            {
                best = column;
            }
        }
        var language = model.Languages[profiles[best]];
        for (var column = 0; column < profiles.Length; column++)
        {
            if (model.Languages[profiles[column]] != language
                && (scores[best] - scores[column]) * LanguageIdentifier.Temperature < StopMargin)
            {
                return false;
            }
        }
        return true;
    }
}
