namespace Ingest.Pdf;

/// <summary>
/// One shown glyph (or an /ActualText span) with its Unicode text. Coordinates are points on the displayed
/// page (rotation and crop applied): <see cref="X"/> from the left edge, <see cref="Y"/> the baseline
/// from the top edge. <see cref="Advance"/> is the width along the text direction, <see cref="FontSize"/> the
/// size after the text and graphics matrices. <see cref="Text"/> is empty for a glyph without Unicode.
/// <see cref="Angle"/> is the direction of the text as displayed, in degrees counter-clockwise (0: left to right).
/// <see cref="MarkedContentId"/> is the /MCID of the innermost marked-content sequence around the glyph (its link
/// to the tagged structure), -1 when there is none.
/// </summary>
public sealed record PdfGlyph(
    string Text,
    double X,
    double Y,
    double Advance,
    double FontSize,
    string FontName,
    bool IsBold,
    bool IsItalic,
    bool IsVertical = false,
    double Angle = 0)
{
    public int MarkedContentId { get; init; } = -1;
}
