using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using Ingest.Core.Stages.Language.Scripts;

namespace Ingest.Core.Stages.Language;

/// <summary>Splits the n-gram postings of the profile file into one dense table per script (see <see cref="ScriptGrams"/>).</summary>
internal static class ScriptGramsBuilder
{
    /// <summary>Reads <paramref name="gramCount"/> n-grams with their postings (format in Profiles/generate.py).</summary>
    /// <remarks>Two passes over the same bytes: the first counts each script's n-grams, so that every table is
    /// allocated once at its exact size; compiled optimized at once because it runs once per process.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<ScriptGrams?> Build(ref ProfileReader reader, int gramCount, IReadOnlyList<string> tags,
        IReadOnlyList<ImmutableArray<byte>> scripts, float[] floors)
    {
        var scriptCount = UnicodeScriptTable.Names.Length;
        // Columns: every profile with n-grams gets one in the table of each script it is written in.
        var columns = new List<int>?[scriptCount];
        for (var profile = 0; profile < tags.Count; profile++)
        {
            if (floors[profile * LanguageModel.MaxOrder] < 0)
            {
                foreach (var script in scripts[profile])
                {
                    (columns[script] ??= []).Add(profile);
                }
            }
        }
        var placements = new (int Script, int Column)[tags.Count][];
        for (var profile = 0; profile < tags.Count; profile++)
        {
            placements[profile] = [.. scripts[profile].Where(s => columns[s]?.Contains(profile) == true).Select(s => ((int)s, columns[s]!.IndexOf(profile)))];
        }

        var counts = new int[scriptCount];
        var lastGram = new int[scriptCount];
        Array.Fill(lastGram, -1);
        var first = reader;
        for (var gram = 0; gram < gramCount; gram++)
        {
            first.Skip(2 * first.Byte());
            var postings = first.Byte();
            for (var p = 0; p < postings; p++)
            {
                var profile = first.Byte();
                first.Byte();
                if (profile >= tags.Count || placements[profile].Length == 0)
                {
                    throw new InvalidDataException($"N-gram weights for profile {profile}, which has no n-gram floors.");
                }
                foreach (var (script, _) in placements[profile])
                {
                    if (lastGram[script] != gram)
                    {
                        lastGram[script] = gram;
                        counts[script]++;
                    }
                }
            }
        }

        var strides = new int[scriptCount];
        var keys = new ulong[scriptCount][];
        var weights = new byte[scriptCount][];
        var rowOfGram = new int[scriptCount];
        for (var script = 0; script < scriptCount; script++)
        {
            if (columns[script] is { } own)
            {
                strides[script] = (own.Count + Vector<byte>.Count - 1) / Vector<byte>.Count * Vector<byte>.Count;
                keys[script] = new ulong[counts[script]];
                weights[script] = new byte[counts[script] * strides[script]];
            }
        }
        Array.Clear(counts);
        Array.Fill(lastGram, -1);
        for (var gram = 0; gram < gramCount; gram++)
        {
            var length = reader.Byte();
            ulong key = 0;
            for (var c = 0; c < length; c++)
            {
                key = (key << 16) | reader.UInt16();
            }
            var postings = reader.Byte();
            for (var p = 0; p < postings; p++)
            {
                var profile = reader.Byte();
                var weight = reader.Byte();
                foreach (var (script, column) in placements[profile])
                {
                    if (lastGram[script] != gram)
                    {
                        lastGram[script] = gram;
                        rowOfGram[script] = counts[script]++;
                        keys[script][rowOfGram[script]] = key;
                    }
                    weights[script][rowOfGram[script] * strides[script] + column] = weight;
                }
            }
        }

        var result = new ScriptGrams?[scriptCount];
        for (var script = 0; script < scriptCount; script++)
        {
            if (columns[script] is { } own)
            {
                result[script] = new ScriptGrams([.. own], new NgramTable(keys[script], counts[script], weights[script], strides[script]));
            }
        }
        return [.. result];
    }
}
