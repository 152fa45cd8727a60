using System.Numerics;
using System.Runtime.CompilerServices;

namespace Ingest.Core.Stages.Language;

/// <summary>Reads one script's table of the profile file (format in Profiles/generate.py) into a <see cref="ScriptGrams"/>.</summary>
internal static class ScriptGramsReader
{
    /// <summary>Reads the columns and n-grams of a table whose script byte has been read.</summary>
    /// <remarks>Compiled optimized at once: it runs once per process over about 100,000 n-grams.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ScriptGrams Read(ref ProfileReader reader, int profileCount)
    {
        var columns = new int[reader.Byte()];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = reader.Byte();
            if (columns[c] >= profileCount)
            {
                throw new InvalidDataException($"Table column for profile {columns[c]}, of {profileCount}.");
            }
        }
        var stride = (columns.Length + Vector<byte>.Count - 1) / Vector<byte>.Count * Vector<byte>.Count;
        var count = (int)reader.UInt32();
        var keys = new ulong[count];
        var weights = new byte[count * stride];
        for (var i = 0; i < count; i++)
        {
            var length = reader.Byte();
            ulong key = 0;
            for (var c = 0; c < length; c++)
            {
                key = (key << 16) | reader.UInt16();
            }
            keys[i] = key;
            var row = i * stride;
            for (var postings = reader.Byte(); postings > 0; postings--)
            {
                var column = reader.Byte();
                var weight = reader.Byte();
                if (column >= columns.Length)
                {
                    throw new InvalidDataException($"N-gram weight for column {column} of a table with {columns.Length}.");
                }
                weights[row + column] = weight;
            }
        }
        return new ScriptGrams([.. columns], new NgramTable(keys, count, weights, stride));
    }
}
