using System.Runtime.CompilerServices;

namespace Ingest.Core.Stages.Language.Scripts;

/// <summary>The Unicode script (UAX #24, Scripts.txt) of a code point, from the generated run table.</summary>
internal static partial class UnicodeScriptTable
{
    /// <summary>Script id of Common, Inherited and unassigned code points.</summary>
    public const byte Common = 0;

    /// <summary>The script id of a UTF-16 code unit outside the surrogate range.</summary>
    public static byte Of(char c) => BmpCache.Table[c];

    /// <summary>The script id of any code point.</summary>
    public static byte Of(int codePoint)
    {
        if (codePoint <= char.MaxValue)
        {
            return BmpCache.Table[codePoint];
        }
        var index = Array.BinarySearch(RunStarts, codePoint);
        return RunScripts[index >= 0 ? index : ~index - 1];
    }

    /// <summary>The id of a script named as in Scripts.txt (e.g. <c>Latin</c>), or -1.</summary>
    public static int IdOf(string name) => Array.IndexOf(Names, name);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static byte[] ExpandBmp()
    {
        var table = new byte[char.MaxValue + 1];
        for (var run = 0; run < RunStarts.Length && RunStarts[run] <= char.MaxValue; run++)
        {
            var end = run + 1 < RunStarts.Length ? Math.Min(RunStarts[run + 1], char.MaxValue + 1) : char.MaxValue + 1;
            Array.Fill(table, RunScripts[run], RunStarts[run], end - RunStarts[run]);
        }
        return table;
    }

    /// <summary>The BMP expanded to one byte per code unit, since it is looked up for every character of every text.</summary>
    /// <remarks>A nested type so that it is built after the generated run arrays of the other partial file.</remarks>
    private static class BmpCache
    {
        public static readonly byte[] Table = ExpandBmp();
    }
}
