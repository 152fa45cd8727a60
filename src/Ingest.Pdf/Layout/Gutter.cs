namespace Ingest.Pdf.Layout;

/// <summary>A vertical strip of white space between columns: free of text from <see cref="Top"/> to <see cref="Bottom"/> (baselines).</summary>
internal readonly record struct Gutter(double Left, double Right, double Top, double Bottom)
{
    public double Middle => (Left + Right) / 2;

    public bool Spans(double baseline, double tolerance) => baseline >= Top - tolerance && baseline <= Bottom + tolerance;
}
