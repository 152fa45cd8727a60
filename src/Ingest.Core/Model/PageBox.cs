namespace Ingest.Core.Model;

/// <summary>A rectangle on a displayed page in points: origin at the top-left corner, y growing downwards.</summary>
public readonly record struct PageBox(double Left, double Top, double Right, double Bottom)
{
    /// <summary>The smallest box holding both.</summary>
    public PageBox Union(PageBox other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
}
