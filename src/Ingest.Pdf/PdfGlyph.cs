namespace Ingest.Pdf;

/// <summary>
/// One shown glyph (or an /ActualText span) with its Unicode text. Coordinates are points on the displayed
/// page (rotation and crop applied): <see cref="X"/> from the left edge, <see cref="Y"/> the baseline
/// from the top edge. <see cref="Advance"/> is the width along the text direction, <see cref="FontSize"/> the
/// size after the text and graphics matrices. <see cref="Text"/> is empty for a glyph without Unicode.
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
    bool IsVertical = false);
