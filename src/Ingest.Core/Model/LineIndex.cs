using System.Collections.Immutable;

namespace Ingest.Core.Model;

/// <summary>Where each line starts, so that offsets can be shown as 1-based line and column (only in output).</summary>
public sealed record LineIndex(ImmutableArray<int> Starts)
{
    public static LineIndex Of(string text) => new(Build(text.Length, i => text[i] == '\n'));

    public static LineIndex Of(ReadOnlySpan<byte> bytes)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        var at = 0;
        while (bytes[at..].IndexOf((byte)'\n') is var next and >= 0)
        {
            at += next + 1;
            starts.Add(at);
        }
        return new LineIndex(starts.ToImmutable());
    }

    /// <summary>1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = Starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        line = Math.Max(0, line);
        return (line + 1, offset - Starts[line] + 1);
    }

    private static ImmutableArray<int> Build(int length, Func<int, bool> isNewline)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        for (var i = 0; i < length; i++)
        {
            if (isNewline(i))
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToImmutable();
    }
}
