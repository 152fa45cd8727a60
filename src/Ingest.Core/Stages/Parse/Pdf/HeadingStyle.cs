using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse.Pdf;

/// <summary>How a block is set: font size to the half point, and weight. Headings of one level share a style.</summary>
internal readonly record struct HeadingStyle(double Size, bool Bold)
{
    public static HeadingStyle Of(LayoutRegion region) => new(Math.Round(region.FontSize * 2) / 2, region.IsBold);

    /// <summary>Larger first; at the same size, bold first: the order of heading levels.</summary>
    public static int Compare(HeadingStyle a, HeadingStyle b) =>
        a.Size != b.Size ? b.Size.CompareTo(a.Size) : b.Bold.CompareTo(a.Bold);
}
