namespace Ingest.Pdf.Content;

/// <summary>Maps user space to the displayed page: crop box origin, /Rotate, y growing downwards.</summary>
internal readonly record struct PageGeometry(double Left, double Bottom, double Right, double Top, int Rotation)
{
    public double Width => Rotation is 90 or 270 ? Top - Bottom : Right - Left;

    public double Height => Rotation is 90 or 270 ? Right - Left : Top - Bottom;

    public (double X, double Y) ToDisplay(double x, double y) => Rotation switch
    {
        90 => (y - Bottom, x - Left),
        180 => (Right - x, y - Bottom),
        270 => (Top - y, Right - x),
        _ => (x - Left, Top - y),
    };
}
