namespace Ingest.Pdf.Objects;

/// <summary>An integer or real number.</summary>
internal sealed class PdfNumber(double value) : PdfObject
{
    public double Value { get; } = value;

    public int IntValue => Value is > int.MaxValue or < int.MinValue or double.NaN ? 0 : (int)Value;
}
