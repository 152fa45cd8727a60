using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Ingest.Core.Stages.Language.Scripts;

namespace Ingest.Core.Stages.Language;

/// <summary>One pass over a text: counts letters per script and adds up the n-gram weights of every language.</summary>
/// <remarks>Normalizes as Profiles/generate.py does: letters and marks lower-cased, every other run one space.</remarks>
internal static class NgramScorer
{
    // e^-12 odds leave a confidence above the 0.999 the identifier reports at most.
    private const double StopMargin = 12;
    private const int MinLettersToStop = 100;
    private static readonly ulong[] OrderMasks = [0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, ulong.MaxValue];

    /// <summary>Scans <paramref name="text"/>; returns the number of letters.</summary>
    /// <param name="model">The profiles.</param>
    /// <param name="text">The text, not yet normalized.</param>
    /// <param name="weights">Per profile: the sum of its n-gram weights (1/32 nat above its floor); at least <see cref="NgramTable.Stride"/> long.</param>
    /// <param name="orderCounts">Per order (1..4 at 0..3): how many known n-grams were seen.</param>
    /// <param name="scriptCounts">Per script id: how many letters.</param>
    /// <param name="complete">Read the whole text even when the answer is settled early (a document, which may change language later).</param>
    public static int Scan(LanguageModel model, ReadOnlySpan<char> text, Span<int> weights, Span<int> orderCounts, Span<int> scriptCounts, bool complete)
    {
        var grams = model.Grams;
        var rows = grams.Weights;
        var stride = grams.Stride;
        // Rows are summed into 16-bit lanes, flushed to the 32-bit totals before 257 rows of at most 255 could overflow them.
        Span<ushort> lanes = stackalloc ushort[stride];
        var laneVectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(lanes);
        var pending = 0;
        ulong window = ' ';
        var filled = 1;
        var lastSpace = true;
        var letters = 0;
        var folded = CharFolding.Folded;
        var isLetter = CharFolding.IsLetter;
        for (var i = 0; i <= text.Length; i++)
        {
            char lower;
            if (i < text.Length)
            {
                var c = text[i];
                lower = folded[c];
                if (lower == ' ')
                {
                    if (lastSpace)
                    {
                        continue;
                    }
                }
                else if (isLetter[c])
                {
                    letters++;
                    scriptCounts[UnicodeScriptTable.Of(c)]++;
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
            // A lone space says nothing about the language.
            for (var order = lastSpace ? 2 : 1; order <= filled; order++)
            {
                if (!grams.TryGet(window & OrderMasks[order], out var row))
                {
                    continue;
                }
                orderCounts[order - 1]++;
                var rowVectors = MemoryMarshal.Cast<byte, Vector<byte>>(rows.AsSpan(row, stride));
                for (var v = 0; v < rowVectors.Length; v++)
                {
                    Vector.Widen(rowVectors[v], out var low, out var high);
                    laneVectors[2 * v] += low;
                    laneVectors[2 * v + 1] += high;
                }
                if (++pending == 256)
                {
                    Flush(lanes, weights);
                    pending = 0;
                    if (!complete && letters >= MinLettersToStop && Certain(model, weights, orderCounts))
                    {
                        return letters;
                    }
                }
            }
        }
        Flush(lanes, weights);
        return letters;
    }

    /// <summary>True when the best profile leads every profile of another language by <see cref="StopMargin"/> nats
    /// (after the identifier's temperature): more text could not change the answer or its capped confidence.</summary>
    private static bool Certain(LanguageModel model, Span<int> weights, Span<int> orderCounts)
    {
        var best = -1;
        Span<double> scores = stackalloc double[model.Tags.Length];
        for (var profile = 0; profile < scores.Length; profile++)
        {
            scores[profile] = model.Score(profile, weights[profile], orderCounts);
            if (model.HasGrams(profile) && (best < 0 || scores[profile] > scores[best]))
            {
                best = profile;
            }
        }
        for (var profile = 0; profile < scores.Length; profile++)
        {
            if (model.HasGrams(profile) && model.Languages[profile] != model.Languages[best]
                && (scores[best] - scores[profile]) * LanguageIdentifier.Temperature < StopMargin)
            {
                return false;
            }
        }
        return true;
    }

    private static void Flush(Span<ushort> lanes, Span<int> weights)
    {
        for (var i = 0; i < lanes.Length; i++)
        {
            weights[i] += lanes[i];
        }
        lanes.Clear();
    }
}
