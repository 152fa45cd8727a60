namespace Ingest.Pdf.Content;

/// <summary>An affine matrix [a b c d e f] in PDF row-vector convention: p' = p × M (ISO 32000-1, 8.3.4).</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary>This × other: apply this first, then other.</summary>
    public Matrix Multiply(Matrix o) => new(
        (A * o.A) + (B * o.C), (A * o.B) + (B * o.D),
        (C * o.A) + (D * o.C), (C * o.B) + (D * o.D),
        (E * o.A) + (F * o.C) + o.E, (E * o.B) + (F * o.D) + o.F);

    public (double X, double Y) Transform(double x, double y) => ((x * A) + (y * C) + E, (x * B) + (y * D) + F);

    /// <summary>Length of the transformed unit vertical vector: how much the matrix scales text height.</summary>
    public double VerticalScale => Math.Sqrt((C * C) + (D * D));
}
