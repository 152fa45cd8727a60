using System.Collections.Immutable;

namespace Ingest.Core.Model;

/// <summary>The page geometry of a laid-out document (PDF), keyed by ranges of the decoded text.</summary>
/// <remarks>
/// Regions are in reading order with ascending, non-overlapping spans, so a span of the repaired text, mapped back
/// through <see cref="Document.Map"/>, finds the regions it was printed in. Set by the read stage, never changed after.
/// </remarks>
/// <param name="Regions">Every block of every page, furniture included.</param>
/// <param name="Outline">The file's bookmarks, flattened in order with their depth.</param>
/// <param name="TaggedHeadings">Headings of the file's tagged structure (H, H1..H6), or empty.</param>
/// <param name="BodyFontSize">The font size covering most characters.</param>
/// <param name="PageCount">How many pages the file has.</param>
public sealed record DocumentLayout(
    ImmutableArray<LayoutRegion> Regions,
    ImmutableArray<OutlineEntry> Outline,
    ImmutableArray<OutlineEntry> TaggedHeadings,
    double BodyFontSize,
    int PageCount)
{
    /// <summary>The regions whose text overlaps <paramref name="source"/> (a span of the decoded text), in order.</summary>
    public IEnumerable<LayoutRegion> Overlapping(Span source)
    {
        var (lo, hi) = (0, Regions.Length - 1);
        while (lo < hi)
        {
            // The first region that ends after the span starts.
            var mid = (lo + hi) / 2;
            if (Regions[mid].Span.End <= source.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var i = lo; i < Regions.Length && Regions[i].Span.Start < Math.Max(source.End, source.Start + 1); i++)
        {
            if (Regions[i].Span.End > source.Start)
            {
                yield return Regions[i];
            }
        }
    }
}
