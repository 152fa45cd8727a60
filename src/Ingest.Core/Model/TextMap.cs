using System.Collections.Immutable;

namespace Ingest.Core.Model;

/// <summary>Maps char offsets in the repaired text back to the decoded text the repairs started from.</summary>
/// <remarks>
/// Each point says: from <see cref="TextMapPoint.Repaired"/> on, the repaired text continues the earlier text at
/// <see cref="TextMapPoint.Source"/>. A repair adds a point after every edit, so a map has a few points per repair,
/// not one per character. Repairs done one after another chain their maps through <see cref="Earlier"/>.
/// Block and section spans are in the repaired text; diagnostics and repair records use decoded-text offsets.
/// </remarks>
public sealed record TextMap(ImmutableArray<TextMapPoint> Points, TextMap? Earlier = null)
{
    public static readonly TextMap Identity = new([]);

    public int ToSource(int repaired)
    {
        var (lo, hi, found) = (0, Points.Length - 1, -1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Points[mid].Repaired <= repaired)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        var earlier = found < 0 ? repaired : Points[found].Source + (repaired - Points[found].Repaired);
        return Earlier?.ToSource(earlier) ?? earlier;
    }

    /// <summary>A span of the repaired text as a span of the decoded text; byte spans pass unchanged.</summary>
    public Span ToSource(Span span) => span.Unit == SpanUnit.Byte
        ? span
        : new Span(ToSource(span.Start), ToSource(span.End), SpanUnit.Char);

    /// <summary>The map for text repaired again by an edit whose own map is <paramref name="later"/>.</summary>
    public TextMap Then(TextMap later) =>
        later.Points.IsEmpty ? this : Points.IsEmpty && Earlier is null ? later : later with { Earlier = this };
}
