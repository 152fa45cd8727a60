using Ingest.Pdf.Fonts;

namespace Ingest.Pdf.Content;

/// <summary>The parts of the graphics state that affect text (ISO 32000-1, 8.4 and 9.3); saved by q, restored by Q.</summary>
internal record struct GraphicsState(
    Matrix Ctm,
    PdfFont? Font,
    double FontSize,
    double CharSpacing,
    double WordSpacing,
    double HorizontalScale,
    double Leading,
    double Rise)
{
    public static GraphicsState Initial(Matrix ctm) => new(ctm, null, 0, 0, 0, 1, 0, 0);
}
